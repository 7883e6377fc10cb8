package com.talentfinder.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One freelancer on a shortlist: the profile as it was when saved, and the user's work on it.
 *
 * @param freelancer  the snapshot taken when saved (works offline)
 * @param rating      0 (not rated) to 5
 * @param notes       free text, never null
 * @param tags        normalised (see {@link #normaliseTags}), sorted, never null
 * @param refresh     the last re-check, or null when never re-checked
 */
public record ShortlistEntry(
        long shortlistId,
        Freelancer freelancer,
        Instant savedAt,
        EntryStatus status,
        int rating,
        String notes,
        List<String> tags,
        EntryRefresh refresh) {

    public static final int MAX_RATING = 5;
    public static final int MAX_TAG_LENGTH = 40;
    public static final int MAX_TAGS = 30;

    public ShortlistEntry {
        Objects.requireNonNull(freelancer, "freelancer");
        Objects.requireNonNull(savedAt, "savedAt");
        status = status == null ? EntryStatus.NEW : status;
        if (rating < 0 || rating > MAX_RATING) {
            throw new IllegalArgumentException("A rating is 0 to 5");
        }
        notes = notes == null ? "" : notes;
        tags = normaliseTags(tags == null ? List.of() : tags);
    }

    public String freelancerId() {
        return freelancer.id();
    }

    /** True when nothing has been recorded about this entry yet (status New, no rating, notes or tags). */
    public boolean hasDefaultWork() {
        return status == EntryStatus.NEW && rating == 0 && notes.isBlank() && tags.isEmpty();
    }

    /**
     * Tags as stored: trimmed, inner white space folded to one space, lower case, control characters and
     * commas dropped, at most {@value #MAX_TAG_LENGTH} characters each and {@value #MAX_TAGS} in all, no
     * duplicates, sorted.
     */
    public static List<String> normaliseTags(Collection<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            String n = normaliseTag(t);
            if (!n.isEmpty() && out.size() < MAX_TAGS) {
                out.add(n);
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    /** One tag normalised as {@link #normaliseTags} does; empty when nothing is left. */
    public static String normaliseTag(String raw) {
        if (raw == null) {
            return "";
        }
        String n = raw.replaceAll("[\\p{Cntrl},]", " ").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.length() > MAX_TAG_LENGTH ? n.substring(0, MAX_TAG_LENGTH).strip() : n;
    }
}
