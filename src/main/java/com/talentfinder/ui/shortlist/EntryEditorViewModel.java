package com.talentfinder.ui.shortlist;

import com.talentfinder.app.sync.EditResult;
import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.app.sync.SyncStore;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.EntryStamp;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.VersionedEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.RelativeTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;

/**
 * The user's work on one entry: status, rating, notes and tags, for the editor beside the detail pane and the
 * table's editable cells. Status and rating are saved at once; notes and tags when the view commits them
 * (focus lost, or a pause in typing). Every write runs through the task runner and patches the row shown.
 *
 * <p>Writes go through {@link EntrySync}: each names the version and values the user started from, so a change
 * someone else made to another field is merged and one to the same field asks "keep mine / take theirs" (both
 * values shown); the editor shows who changed the entry last ("Status changed by Dana, 2 minutes ago"). On a
 * team database each member rates on their own: the stars are this member's, the row shows the average and the
 * rating's tooltip who rated what.
 */
public final class EntryEditorViewModel {

    private final EntriesViewModel entries;
    private final EntrySync sync;
    private final Confirmations dialogs;
    private final Notices notices;
    private final Clock clock;

    // Properties //
    private final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>(EntryStatus.NEW);
    private final IntegerProperty rating = new SimpleIntegerProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty tagsText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper changedBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whoRated = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, List<MemberRating>> pageRatings = FXCollections.observableHashMap();
    private boolean syncing;

    /** The entry as last read with its version: the base of the next edit (null until read). */
    private VersionedEntry base;
    private ShortlistEntry shown;

    /** A personal editor on the repository's own database (no team, no dialogs: conflicts keep theirs). */
    public EntryEditorViewModel(EntriesViewModel entries) {
        this(entries, new EntrySync(SyncStore.of(entries.repository().shared()),
                () -> System.getProperty("user.name", ""), false, Backoff.standard()),
                (title, message, action) -> false, new Notices(), Clock.systemUTC());
    }

    public EntryEditorViewModel(EntriesViewModel entries, EntrySync sync, Confirmations dialogs, Notices notices,
                                Clock clock) {
        this.entries = entries;
        this.sync = sync;
        this.dialogs = dialogs;
        this.notices = notices;
        this.clock = clock;
        entries.selectedProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || !was.freelancerId().equals(now.freelancerId()))) {
                commitPending(was);
            }
            showEntry(now);
        });
        status.addListener((o, was, now) -> {
            if (!syncing && now != null && current() != null) {
                setStatus(current(), now);
            }
        });
        rating.addListener((o, was, now) -> {
            if (!syncing && current() != null) {
                setRating(current(), now.intValue());
            }
        });
        entries.entries().addListener((ListChangeListener<ShortlistEntry>) c -> loadPageRatings());
        showEntry(entries.selectedProperty().get());
    }

    private ShortlistEntry current() {
        return entries.selectedProperty().get();
    }

    private void showEntry(ShortlistEntry e) {
        syncing = true;
        try {
            editing.set(e != null);
            status.set(e == null ? EntryStatus.NEW : e.status());
            if (!sync.teamRatings() || e == null) {
                rating.set(e == null ? 0 : e.rating());
            }
            boolean sameEntry = e != null && shown != null && e.freelancerId().equals(shown.freelancerId());
            // Text the user has not touched follows the stored value (someone else's edit shows up at once).
            if (!sameEntry || Objects.equals(notes.get(), shown.notes())) {
                notes.set(e == null ? "" : e.notes());
            }
            if (!sameEntry || Objects.equals(tagsText.get(), String.join(", ", shown.tags()))) {
                tagsText.set(e == null ? "" : String.join(", ", e.tags()));
            }
            shown = e;
        } finally {
            syncing = false;
        }
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
    private void loadBase(ShortlistEntry e) {
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
        syncing = true;
        try {
            rating.set(myRating(freelancerId));
        } finally {
            syncing = false;
        }
    }

    private int myRating(String freelancerId) {
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

    // Commands //

    public void setStatus(ShortlistEntry e, EntryStatus newStatus) {
        if (e.status() == newStatus) {
            return;
        }
        edit(e, EntryChange.status(newStatus));
    }

    /** Sets a rating, 0 (none) to 5 (on a team list: this member's own); values out of range are ignored. */
    public void setRating(ShortlistEntry e, int stars) {
        if (stars < 0 || stars > ShortlistEntry.MAX_RATING) {
            return;
        }
        if (!sync.teamRatings()) {
            if (e.rating() != stars) {
                edit(e, EntryChange.rating(stars));
            }
            return;
        }
        if (myRating(e.freelancerId()) == stars) {
            return;
        }
        VersionedEntry from = baseFor(e);
        entries.runner().run("save rating", p -> sync.rate(e.shortlistId(), from, stars),
                r -> settle(e, EntryChange.rating(stars), r), this::failed);
    }

    /** Saves the notes typed, when they changed. */
    public void commitNotes() {
        ShortlistEntry e = current();
        if (e != null) {
            saveNotes(e, notes.get());
        }
    }

    /** Saves the tags typed (comma-separated), when they changed. */
    public void commitTags() {
        ShortlistEntry e = current();
        if (e != null) {
            saveTags(e, tagsText.get());
        }
    }

    private void commitPending(ShortlistEntry was) {
        if (shown != null && Objects.equals(was.freelancerId(), shown.freelancerId())) {
            saveNotes(was, notes.get());
            saveTags(was, tagsText.get());
        }
    }

    private void saveNotes(ShortlistEntry e, String text) {
        String n = text == null ? "" : text;
        if (!n.equals(e.notes())) {
            edit(e, EntryChange.notes(n));
        }
    }

    private void saveTags(ShortlistEntry e, String text) {
        List<String> parsed = ShortlistEntry.normaliseTags(Arrays.asList((text == null ? "" : text).split(",")));
        if (!parsed.equals(e.tags())) {
            edit(e, EntryChange.tags(parsed));
        }
    }

    /** The base of an edit of {@code e}: the values the user sees, at the version last read for it. */
    private VersionedEntry baseFor(ShortlistEntry e) {
        EntryStamp stamp = base != null && base.freelancerId().equals(e.freelancerId()) ? base.stamp()
                : EntryStamp.none();
        return new VersionedEntry(e, stamp);
    }

    private void edit(ShortlistEntry e, EntryChange change) {
        VersionedEntry from = baseFor(e);
        entries.runner().run("save entry", p -> sync.save(e.shortlistId(), from, change),
                r -> settle(e, change, r), this::failed);
    }

    /** Shows what became of an edit: saved (merged), a conflict to settle, gone, or kept for later. */
    private void settle(ShortlistEntry e, EntryChange change, EditResult result) {
        if (result.kept()) {
            ShortlistEntry mine = sync.teamRatings() && change.fields().contains(EntryField.RATING) ? e
                    : change.applyTo(e);
            base = new VersionedEntry(mine, baseFor(e).stamp());
            entries.replace(mine);
            notices.show(Messages.get("team.kept"));
            return;
        }
        SaveOutcome outcome = result.outcome();
        if (outcome instanceof SaveOutcome.Saved saved) {
            stored(saved.now());
            if (change.fields().contains(EntryField.TAGS)) {
                entries.reloadTags();
            }
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            stored(conflict.now());
            for (SaveOutcome.FieldConflict f : conflict.conflicts()) {
                if (keepMine(e, f)) {
                    edit(conflict.now().entry(), EntryChange.of(f.field(), f.mine()));
                }
            }
        } else {
            notices.show(Messages.get("team.gone"));
            entries.reload();
        }
    }

    private void stored(VersionedEntry now) {
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
    private boolean keepMine(ShortlistEntry e, SaveOutcome.FieldConflict f) {
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

    private void failed(Throwable failure) {
        entries.fail(failure);
        entries.reload(); // show what is stored, not the edit that failed
    }

    // Properties //

    public ObjectProperty<EntryStatus> statusProperty() {
        return status;
    }

    /** The rating shown in the editor: the entry's, or on a team list this member's own. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The tags as typed: comma-separated. */
    public StringProperty tagsTextProperty() {
        return tagsText;
    }

    /** True while an entry is selected. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** "Status changed by Dana, 2 minutes ago"; empty when unknown. */
    public ReadOnlyStringProperty changedByProperty() {
        return changedBy.getReadOnlyProperty();
    }

    /** On a team list: "Dana 4, Ben 3 (average 3.5)" for the selected entry; empty on a personal list. */
    public ReadOnlyStringProperty whoRatedProperty() {
        return whoRated.getReadOnlyProperty();
    }

    /** True on a team database: the stars are this member's own rating. */
    public boolean teamRatings() {
        return sync.teamRatings();
    }

    /** Who rated an entry of the page shown (team lists), for the rating cell's tooltip; empty when none. */
    public String whoRated(String freelancerId) {
        return TeamTexts.whoRated(pageRatings.get(freelancerId));
    }

    /** Reads the selected entry's version again (someone else changed the database). */
    public void changedElsewhere() {
        ShortlistEntry e = current();
        if (e != null) {
            loadBase(e);
        }
    }
}
