package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.EntryStamp;
import com.talentfinder.store.MemberRating;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.RelativeTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The words of working with others: "Status changed by Dana, 2 minutes ago", conflict values, who rated what. */
final class TeamTexts {

    private TeamTexts() {
    }

    /** "Status changed by Dana, 2 minutes ago"; empty when nobody has changed the entry since versions began. */
    static String changedBy(EntryStamp stamp, String me, Instant now) {
        if (stamp == null || stamp.changedBy() == null || stamp.changedAt() == null) {
            return "";
        }
        String who = stamp.changedBy().equals(me) ? Messages.get("team.changedBy.you") : stamp.changedBy();
        String when = RelativeTime.since(stamp.changedAt(), now);
        if (stamp.changedFields().isEmpty()) {
            return Messages.format("team.changedBy.entry", who, when);
        }
        StringJoiner fields = new StringJoiner(", ");
        stamp.changedFields().stream().sorted().forEach(f -> fields.add(fieldName(f)));
        String joined = fields.toString().toLowerCase(Locale.ROOT);
        return Messages.format("team.changedBy", Character.toUpperCase(joined.charAt(0)) + joined.substring(1), who,
                when);
    }

    static String fieldName(EntryField f) {
        return Messages.get(switch (f) {
            case STATUS -> "shortlist.editor.status";
            case RATING -> "shortlist.editor.rating";
            case NOTES -> "shortlist.editor.notes";
            case TAGS -> "shortlist.editor.tags";
        });
    }

    /** A field's value in words: a status name, "3 stars", the notes, the tags. */
    static String value(EntryField f, Object v) {
        return switch (f) {
            case STATUS -> EntryCells.statusText((EntryStatus) v);
            case RATING -> Messages.format("team.value.stars", v);
            case NOTES -> v == null || v.toString().isBlank() ? Messages.get("team.value.empty") : v.toString();
            case TAGS -> v instanceof List<?> l && !l.isEmpty() ? String.join(", ", l.stream().map(String::valueOf)
                    .toList()) : Messages.get("team.value.empty");
        };
    }

    /** "Dana 4, Ben 3 (average 3.5)"; empty when nobody rated. */
    static String whoRated(List<MemberRating> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ");
        ratings.forEach(r -> j.add(Messages.format("team.rating.member", r.member(), r.rating())));
        double avg = ratings.stream().mapToInt(MemberRating::rating).average().orElse(0);
        return Messages.format("team.rating.who", j.toString(), avg);
    }
}
