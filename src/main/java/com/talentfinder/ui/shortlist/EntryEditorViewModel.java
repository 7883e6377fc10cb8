package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's work on one entry: status, rating, notes and tags, for the editor beside the detail pane and the
 * table's editable cells. Status and rating are saved at once; notes and tags when the view commits them
 * (focus lost, or a pause in typing). Every write runs through the task runner and patches the row shown.
 */
public final class EntryEditorViewModel {

    private final EntriesViewModel entries;
    private final ShortlistRepository repo;

    // Properties //
    private final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>(EntryStatus.NEW);
    private final IntegerProperty rating = new SimpleIntegerProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty tagsText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private boolean syncing;

    public EntryEditorViewModel(EntriesViewModel entries) {
        this.entries = entries;
        this.repo = entries.repository();
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
            rating.set(e == null ? 0 : e.rating());
            if (e == null || !Objects.equals(e.freelancerId(), shownId)) {
                notes.set(e == null ? "" : e.notes());
                tagsText.set(e == null ? "" : String.join(", ", e.tags()));
            }
            shownId = e == null ? null : e.freelancerId();
        } finally {
            syncing = false;
        }
    }

    private String shownId;

    // Commands //

    public void setStatus(ShortlistEntry e, EntryStatus newStatus) {
        if (e.status() == newStatus) {
            return;
        }
        ShortlistEntry updated = new ShortlistEntry(e.shortlistId(), e.freelancer(), e.savedAt(), newStatus,
                e.rating(), e.notes(), e.tags(), e.refresh());
        write("set status", () -> repo.setStatus(e.shortlistId(), List.of(e.freelancerId()), newStatus), updated);
    }

    /** Sets a rating, 0 (none) to 5; values out of range are ignored. */
    public void setRating(ShortlistEntry e, int stars) {
        if (stars < 0 || stars > ShortlistEntry.MAX_RATING || e.rating() == stars) {
            return;
        }
        ShortlistEntry updated = new ShortlistEntry(e.shortlistId(), e.freelancer(), e.savedAt(), e.status(),
                stars, e.notes(), e.tags(), e.refresh());
        write("set rating", () -> repo.setRating(e.shortlistId(), e.freelancerId(), stars), updated);
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
        if (Objects.equals(was.freelancerId(), shownId)) {
            saveNotes(was, notes.get());
            saveTags(was, tagsText.get());
        }
    }

    private void saveNotes(ShortlistEntry e, String text) {
        String n = text == null ? "" : text;
        if (n.equals(e.notes())) {
            return;
        }
        ShortlistEntry updated = new ShortlistEntry(e.shortlistId(), e.freelancer(), e.savedAt(), e.status(),
                e.rating(), n, e.tags(), e.refresh());
        write("save notes", () -> repo.setNotes(e.shortlistId(), e.freelancerId(), n), updated);
    }

    private void saveTags(ShortlistEntry e, String text) {
        List<String> parsed = ShortlistEntry.normaliseTags(Arrays.asList((text == null ? "" : text).split(",")));
        if (parsed.equals(e.tags())) {
            return;
        }
        ShortlistEntry updated = new ShortlistEntry(e.shortlistId(), e.freelancer(), e.savedAt(), e.status(),
                e.rating(), e.notes(), parsed, e.refresh());
        write("save tags", () -> repo.setTags(e.shortlistId(), e.freelancerId(), parsed), () -> {
            entries.replace(updated);
            entries.reloadTags();
        });
    }

    private void write(String name, Runnable change, ShortlistEntry updated) {
        write(name, change, () -> entries.replace(updated));
    }

    private void write(String name, Runnable change, Runnable then) {
        entries.runner().run(name, p -> {
            change.run();
            return null;
        }, ok -> then.run(), entries::fail);
    }

    // Properties //

    public ObjectProperty<EntryStatus> statusProperty() {
        return status;
    }

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
}
