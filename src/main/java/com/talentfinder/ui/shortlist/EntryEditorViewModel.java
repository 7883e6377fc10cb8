package com.talentfinder.ui.shortlist;

import com.talentfinder.app.sync.EditResult;
import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.app.sync.SyncStore;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.VersionedEntry;
import com.talentfinder.ui.Messages;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's work on one entry (status, rating, notes, tags) for the editor and the table's cells. Status and
 * rating are saved at once; notes and tags when the view commits them. Writes go through {@link EntrySync}, each
 * naming the version and values the user started from (for text being typed: the stored value when typing
 * began), so someone else's change to another field is merged and one to the same field asks "keep mine / take
 * theirs". On a team database the stars are this member's own. Version, "changed by" and the members' ratings
 * are kept by {@link EntrySyncState}.
 */
public final class EntryEditorViewModel {

    private final EntriesViewModel entries;
    private final EntrySync sync;
    private final Notices notices;
    private final EntrySyncState state;

    // Properties //
    private final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>(EntryStatus.NEW);
    private final IntegerProperty rating = new SimpleIntegerProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty tagsText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private boolean syncing;
    private ShortlistEntry shown;
    private String notesFrom; // the stored notes / tags the user started typing from
    private List<String> tagsFrom;

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
        this.notices = notices;
        this.state = new EntrySyncState(entries, sync, dialogs, clock, this::showMyRating);
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
                notesFrom = null;
            } else if (notesFrom == null) {
                notesFrom = shown.notes(); // typing on: saving it must meet the other change as a conflict
            }
            if (!sameEntry || Objects.equals(tagsText.get(), String.join(", ", shown.tags()))) {
                tagsText.set(e == null ? "" : String.join(", ", e.tags()));
                tagsFrom = null;
            } else if (tagsFrom == null) {
                tagsFrom = shown.tags();
            }
            shown = e;
        } finally {
            syncing = false;
        }
        state.show(e);
    }

    /** Shows this member's own rating (team lists) without saving it. */
    private void showMyRating(int stars) {
        syncing = true;
        try {
            rating.set(stars);
        } finally {
            syncing = false;
        }
    }

    // Commands //

    public void setStatus(ShortlistEntry e, EntryStatus newStatus) {
        if (e.status() != newStatus) {
            edit(e, EntryChange.status(newStatus));
        }
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
        if (state.myRating(e.freelancerId()) == stars) {
            return;
        }
        VersionedEntry from = state.baseFor(e);
        entries.runner().run("save rating", p -> sync.rate(e.shortlistId(), from, stars),
                r -> settle(e, EntryChange.rating(stars), r), this::failed);
    }

    /** Saves the notes typed, when they changed. */
    public void commitNotes() {
        if (current() != null) {
            saveNotes(current(), notes.get());
        }
    }

    /** Saves the tags typed (comma-separated), when they changed. */
    public void commitTags() {
        if (current() != null) {
            saveTags(current(), tagsText.get());
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
        ShortlistEntry from = notesFrom == null ? e : EntryChange.notes(notesFrom).applyTo(e);
        notesFrom = null;
        if (!n.equals(e.notes())) {
            edit(from, EntryChange.notes(n));
        }
    }

    private void saveTags(ShortlistEntry e, String text) {
        List<String> parsed = ShortlistEntry.normaliseTags(Arrays.asList((text == null ? "" : text).split(",")));
        ShortlistEntry from = tagsFrom == null ? e : EntryChange.tags(tagsFrom).applyTo(e);
        tagsFrom = null;
        if (!parsed.equals(e.tags())) {
            edit(from, EntryChange.tags(parsed));
        }
    }

    private void edit(ShortlistEntry e, EntryChange change) {
        VersionedEntry from = state.baseFor(e);
        entries.runner().run("save entry", p -> sync.save(e.shortlistId(), from, change),
                r -> settle(e, change, r), this::failed);
    }

    /** Shows what became of an edit: saved (merged), a conflict to settle, gone, or kept for later. */
    private void settle(ShortlistEntry e, EntryChange change, EditResult result) {
        if (result.kept()) {
            ShortlistEntry mine = sync.teamRatings() && change.fields().contains(EntryField.RATING) ? e
                    : change.applyTo(e);
            state.kept(e, mine);
            entries.replace(mine);
            notices.show(Messages.get("team.kept"));
            return;
        }
        SaveOutcome outcome = result.outcome();
        if (outcome instanceof SaveOutcome.Saved saved) {
            state.stored(saved.now());
            if (change.fields().contains(EntryField.TAGS)) {
                entries.reloadTags();
            }
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            state.stored(conflict.now());
            for (SaveOutcome.FieldConflict f : conflict.conflicts()) {
                if (state.keepMine(e, f)) {
                    edit(conflict.now().entry(), EntryChange.of(f.field(), f.mine()));
                } else {
                    showTheirs(conflict.now().entry(), f.field());
                }
            }
        } else {
            notices.show(Messages.get("team.gone"));
            entries.reload();
        }
    }

    /** "Take theirs": the text typed gives way to the stored value (else the next commit would save it anyway). */
    private void showTheirs(ShortlistEntry stored, EntryField field) {
        if (field == EntryField.NOTES) {
            notesFrom = null;
            notes.set(stored.notes());
        } else if (field == EntryField.TAGS) {
            tagsFrom = null;
            tagsText.set(String.join(", ", stored.tags()));
        }
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
        return state.changedByProperty();
    }

    /** On a team list: "Dana 4, Ben 3 (average 3.5)" for the selected entry; empty on a personal list. */
    public ReadOnlyStringProperty whoRatedProperty() {
        return state.whoRatedProperty();
    }

    /** True on a team database: the stars are this member's own rating. */
    public boolean teamRatings() {
        return sync.teamRatings();
    }

    /** Who rated an entry of the page shown (team lists), for the rating cell's tooltip; empty when none. */
    public String whoRated(String freelancerId) {
        return state.whoRated(freelancerId);
    }

    /** Reads the selected entry's version again (someone else changed the database). */
    public void changedElsewhere() {
        ShortlistEntry e = current();
        if (e != null) {
            state.loadBase(e);
        }
    }
}
