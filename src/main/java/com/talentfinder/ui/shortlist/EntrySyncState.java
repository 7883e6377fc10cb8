package com.talentfinder.ui.shortlist;

import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntryStamp;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.VersionedEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.RelativeTime;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;

/**
 * What the entry editor knows of the stored entry and the team: the version the next edit starts from, who
 * changed the entry last ("Status changed by Dana, 2 minutes ago"), the members' ratings of the page shown (team
 * lists), and the "keep mine / take theirs" question when an edit meets someone else's.
 */
final class EntrySyncState {

    private final EntriesViewModel entries;
    private final EntrySync sync;
    private final Confirmations dialogs;
    private final Clock clock;
    /** Shows this member's own rating in the editor without saving it. */
    private final IntConsumer showMyRating;

    private final ReadOnlyStringWrapper changedBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whoRated = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, List<MemberRating>> pageRatings = FXCollections.observableHashMap();

    /** The entry as last read with its version: the base of the next edit (null until read). */
    private VersionedEntry base;

    EntrySyncState(EntriesViewModel entries, EntrySync sync, Confirmations dialogs, Clock clock,
                   IntConsumer showMyRating) {
        this.entries = entries;
        this.sync = sync;
        this.dialogs = dialogs;
        this.clock = clock;
        this.showMyRating = showMyRating;
        entries.entries().addListener((ListChangeListener<ShortlistEntry>) c -> loadPageRatings());
    }

    private ShortlistEntry current() {
        return entries.selectedProperty().get();
    }

    /** Follows the entry shown: nothing known when none, else its version read again unless it is the base. */
    void show(ShortlistEntry e) {
        if (e == null) {
            base = null;
            changedBy.set("");
            whoRated.set("");
        } else if (base == null || !base.entry().equals(e)) {
            loadBase(e);
        } else {
            showStamp(base.stamp());
        }
    }

    /** Reads the entry's version (and, on a team list, its ratings) again; the stored values are then shown. */
    void loadBase(ShortlistEntry e) {
        long listId = e.shortlistId();
        String id = e.freelancerId();
        entries.runner().run("read entry version", p -> new Loaded(sync.load(listId, id).orElse(null),
                sync.ratings(listId, List.of(id))), loaded -> {
                    ShortlistEntry now = current();
                    if (loaded.entry() == null || now == null || !now.freelancerId().equals(id)) {
                        return;
                    }
                    base = loaded.entry();
                    pageRatings.putAll(loaded.ratings());
                    showRatings(id);
                    if (!base.entry().equals(now)) {
                        entries.replace(base.entry()); // shows the stored values (calls showEntry again)
                    } else {
                        showStamp(base.stamp());
                    }
                }, failure -> { });
    }

    private record Loaded(VersionedEntry entry, Map<String, List<MemberRating>> ratings) {
    }

    private void showStamp(EntryStamp stamp) {
        changedBy.set(TeamTexts.changedBy(stamp, sync.member(), clock.instant()));
    }

    private void showRatings(String freelancerId) {
        if (!sync.teamRatings()) {
            return;
        }
        List<MemberRating> all = pageRatings.getOrDefault(freelancerId, List.of());
        whoRated.set(all.isEmpty() ? Messages.get("team.rating.none") : TeamTexts.whoRated(all));
        showMyRating.accept(myRating(freelancerId));
    }

    /** This member's own rating of an entry of the page (0 when none). */
    int myRating(String freelancerId) {
        return pageRatings.getOrDefault(freelancerId, List.of()).stream()
                .filter(r -> r.member().equals(sync.member())).mapToInt(MemberRating::rating).findFirst().orElse(0);
    }

    private void loadPageRatings() {
        if (!sync.teamRatings() || entries.entries().isEmpty()) {
            return;
        }
        long listId = entries.entries().get(0).shortlistId();
        List<String> ids = entries.entries().stream().map(ShortlistEntry::freelancerId).toList();
        entries.runner().run("read ratings", p -> sync.ratings(listId, ids), found -> {
            ids.forEach(pageRatings::remove);
            pageRatings.putAll(found);
            if (current() != null) {
                showRatings(current().freelancerId());
            }
        }, failure -> { });
    }

    /** The base of an edit of {@code e}: the values the user sees, at the version last read for it. */
    VersionedEntry baseFor(ShortlistEntry e) {
        EntryStamp stamp = base != null && base.freelancerId().equals(e.freelancerId()) ? base.stamp()
                : EntryStamp.none();
        return new VersionedEntry(e, stamp);
    }

    /** An edit of {@code e} kept for later: {@code mine} is the base of the next, at the version it started from. */
    void kept(ShortlistEntry e, ShortlistEntry mine) {
        base = new VersionedEntry(mine, baseFor(e).stamp());
    }

    /** An edit stored (saved, or met a conflict): the stored entry becomes the base and is shown. */
    void stored(VersionedEntry now) {
        base = now;
        if (sync.teamRatings()) {
            pageRatings.remove(now.freelancerId());
            loadBase(now.entry());
        }
        entries.replace(now.entry());
        if (current() != null && current().freelancerId().equals(now.freelancerId())) {
            showStamp(now.stamp());
        }
    }

    /** Asks "keep mine / take theirs" with both values; closing the dialog takes theirs (nothing is lost). */
    boolean keepMine(ShortlistEntry e, SaveOutcome.FieldConflict f) {
        String field = TeamTexts.fieldName(f.field());
        String who = f.theirsBy() == null ? "?" : f.theirsBy();
        String when = f.theirsAt() == null ? "" : RelativeTime.since(f.theirsAt(), clock.instant());
        String title = Messages.format("team.conflict.title", e.freelancer().displayName(), field, who);
        String text = Messages.format("team.conflict.text", e.freelancer().displayName(),
                field.toLowerCase(java.util.Locale.ROOT), who, when, TeamTexts.value(f.field(), f.mine()),
                TeamTexts.value(f.field(), f.theirs()));
        return dialogs.choose(title, text, Messages.get("team.conflict.keepMine"),
                Messages.get("team.conflict.takeTheirs")) == 0;
    }

    ReadOnlyStringProperty changedByProperty() {
        return changedBy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty whoRatedProperty() {
        return whoRated.getReadOnlyProperty();
    }

    /** Who rated an entry of the page shown (team lists); empty when none. */
    String whoRated(String freelancerId) {
        return TeamTexts.whoRated(pageRatings.get(freelancerId));
    }
}
