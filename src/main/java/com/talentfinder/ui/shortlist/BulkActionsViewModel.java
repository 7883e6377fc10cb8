package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.BulkEdits;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Bulk work on the entries selected in the table: set status or rating, add or remove a tag, copy or move to
 * another list, remove. Each action is one transaction in the store ({@link BulkEdits}), run off the UI thread
 * with progress, and one Undo in the notice bar that puts back the exact earlier values. Remove and Move ask
 * first, saying how many entries they touch.
 */
public final class BulkActionsViewModel {

    /** From this many entries on, the progress bar shows while the change runs. */
    public static final int PROGRESS_FROM = 200;

    private final BulkEdits bulk;
    private final TaskRunner runner;
    private final Confirmations confirmations;
    private final Notices notices;
    private final EntriesViewModel entries;
    private final Runnable changed;

    private List<ShortlistEntry> chosen = List.of();

    // Properties //
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showProgress = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    /**
     * @param changed run after a change or its undo (reads the lists and the page shown again)
     */
    public BulkActionsViewModel(BulkEdits bulk, TaskRunner runner, Confirmations confirmations, Notices notices,
                                EntriesViewModel entries, Runnable changed) {
        this.bulk = bulk;
        this.runner = runner;
        this.confirmations = confirmations;
        this.notices = notices;
        this.entries = entries;
        this.changed = changed;
        entries.listProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                select(List.of());
            }
        });
    }

    // Commands //

    /** The rows selected in the table (the view calls this whenever the selection changes). */
    public void select(List<ShortlistEntry> rows) {
        chosen = List.copyOf(rows);
        count.set(chosen.size());
        countText.set(chosen.isEmpty() ? Messages.get("bulk.selected.none")
                : Messages.format("bulk.selected", chosen.size()));
    }

    public void setStatus(EntryStatus status) {
        start("bulk status", (list, ids, p) -> bulk.setStatus(list.id(), ids, status, p),
                r -> Messages.format("bulk.done.status", r.changed(), EntryCells.statusText(status)));
    }

    public void setRating(int rating) {
        start("bulk rating", (list, ids, p) -> bulk.setRating(list.id(), ids, rating, p),
                r -> rating == 0 ? Messages.format("bulk.done.unrated", r.changed())
                        : Messages.format("bulk.done.rating", r.changed(), rating));
    }

    public void addTag(String tag) {
        String t = ShortlistEntry.normaliseTag(tag);
        if (t.isEmpty()) {
            return;
        }
        start("bulk add tag", (list, ids, p) -> bulk.addTag(list.id(), ids, t, p),
                r -> Messages.format("bulk.done.tagAdded", r.changed(), t));
    }

    public void removeTag(String tag) {
        String t = ShortlistEntry.normaliseTag(tag);
        if (t.isEmpty()) {
            return;
        }
        start("bulk remove tag", (list, ids, p) -> bulk.removeTag(list.id(), ids, t, p),
                r -> Messages.format("bulk.done.tagRemoved", r.changed(), t));
    }

    public void copyTo(Shortlist target) {
        Shortlist from = entries.listProperty().get();
        if (target == null || from == null || target.id() == from.id()) {
            return;
        }
        start("bulk copy", (list, ids, p) -> bulk.copyTo(list.id(), ids, target.id(), p),
                r -> Messages.format("bulk.done.copied", r.changed() + r.merged(), target.name())
                        + merged(r));
    }

    /** Moves the selection to {@code target} after the user confirms (the entries leave this list). */
    public void moveTo(Shortlist target) {
        Shortlist from = entries.listProperty().get();
        if (target == null || from == null || target.id() == from.id() || chosen.isEmpty()) {
            return;
        }
        if (!confirmations.confirm(Messages.get("bulk.move.title"),
                Messages.format("bulk.move.text", chosen.size(), from.name(), target.name()),
                Messages.format("bulk.move.action", chosen.size()))) {
            return;
        }
        start("bulk move", (list, ids, p) -> bulk.moveTo(list.id(), ids, target.id(), p),
                r -> Messages.format("bulk.done.moved", r.changed() + r.merged(), target.name()) + merged(r));
    }

    /** Removes the selection from the list after the user confirms. */
    public void remove() {
        Shortlist from = entries.listProperty().get();
        if (from == null || chosen.isEmpty()) {
            return;
        }
        if (!confirmations.confirm(Messages.get("bulk.remove.title"),
                Messages.format("bulk.remove.text", chosen.size(), from.name()),
                Messages.format("bulk.remove.action", chosen.size()))) {
            return;
        }
        start("bulk remove", (list, ids, p) -> bulk.remove(list.id(), ids, p),
                r -> Messages.format("bulk.done.removed", r.changed(), from.name()));
    }

    // Running //

    @FunctionalInterface
    private interface Action {
        BulkEdits.Result run(Shortlist list, List<String> ids, BulkEdits.Progress progress);
    }

    private static String merged(BulkEdits.Result r) {
        return r.merged() == 0 ? "" : " " + Messages.format("bulk.done.merged", r.merged());
    }

    private void start(String name, Action action, Function<BulkEdits.Result, String> done) {
        Shortlist list = entries.listProperty().get();
        if (list == null || chosen.isEmpty() || busy.get()) {
            return;
        }
        List<String> ids = chosen.stream().map(ShortlistEntry::freelancerId).distinct().toList();
        busy.set(true);
        showProgress.set(ids.size() >= PROGRESS_FROM);
        progress.set(-1);
        progressText.set(Messages.format("bulk.progress", 0, ids.size()));
        runner.run(name, p -> action.run(list, ids, (n, total) ->
                p.update(n, total, Messages.format("bulk.progress", n, total))), result -> {
                    finish();
                    notices.show(done.apply(result), () -> undo(result.undo()));
                    changed.run();
                }, failure -> {
                    finish();
                    entries.fail(failure);
                }, (fraction, message) -> {
                    progress.set(fraction);
                    if (message != null) {
                        progressText.set(message);
                    }
                });
    }

    private void undo(BulkEdits.Undo undo) {
        busy.set(true);
        runner.run("undo bulk", p -> {
            bulk.undo(undo);
            return null;
        }, ok -> {
            finish();
            notices.show(Messages.get("bulk.undone"));
            changed.run();
        }, failure -> {
            finish();
            entries.fail(failure);
        });
    }

    private void finish() {
        busy.set(false);
        showProgress.set(false);
    }

    // Properties //

    /** How many entries are selected. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "3 selected", or a hint when none is. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True while a change or its undo runs (actions are disabled). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a change of {@value #PROGRESS_FROM} entries or more runs. */
    public ReadOnlyBooleanProperty showProgressProperty() {
        return showProgress.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 when not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Changing 400 of 1,000 entries…". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
