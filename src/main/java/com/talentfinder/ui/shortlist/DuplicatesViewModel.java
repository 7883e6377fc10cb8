package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryMerge;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.BulkEdits;
import com.talentfinder.store.DuplicateFinder;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Possible duplicates on the list shown: the same freelancer entered twice under different ids (same profile URL,
 * or same name, title and country; see {@link DuplicateFinder}). Flags their rows, says "2 possible duplicates"
 * and merges a group in one transaction (every note, the better status, the higher rating, every tag), with Undo.
 */
public final class DuplicatesViewModel {

    private final ShortlistRepository repo;
    private final BulkEdits bulk;
    private final TaskRunner runner;
    private final Confirmations confirmations;
    private final Notices notices;
    private final EntriesViewModel entries;
    private final Runnable changed;
    private long generation;

    // Properties //
    private final ObservableList<DuplicateFinder.Group> groups = FXCollections.observableArrayList();
    private final ObservableMap<String, DuplicateFinder.Group> flagged = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<DuplicateFinder.Group> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public DuplicatesViewModel(ShortlistRepository repo, BulkEdits bulk, TaskRunner runner,
                               Confirmations confirmations, Notices notices, EntriesViewModel entries,
                               Runnable changed) {
        this.repo = repo;
        this.bulk = bulk;
        this.runner = runner;
        this.confirmations = confirmations;
        this.notices = notices;
        this.entries = entries;
        this.changed = changed;
        entries.selectedProperty().addListener((o, was, now) -> pickCurrent());
    }

    // Commands //

    /** Looks for duplicates on the list shown again (after it is shown or changed). */
    public void check() {
        Shortlist list = entries.listProperty().get();
        long mine = ++generation;
        if (list == null) {
            show(List.of());
            return;
        }
        runner.run("find duplicates", p -> DuplicateFinder.find(repo, list.id()), found -> {
            if (mine == generation) {
                show(found);
            }
        }, entries::fail);
    }

    /** Shows the next group of duplicates in the notice (when there are several). */
    public void next() {
        if (groups.size() > 1) {
            int at = groups.indexOf(current.get());
            current.set(groups.get((at + 1) % groups.size()));
            updateSummary();
        }
    }

    /** Merges the group shown, after the user confirms; the notice then offers Undo. */
    public void merge() {
        DuplicateFinder.Group group = current.get();
        Shortlist list = entries.listProperty().get();
        if (group == null || list == null) {
            return;
        }
        runner.run("read duplicates", p -> {
            List<ShortlistEntry> rows = new ArrayList<>();
            for (String id : group.freelancerIds()) {
                repo.entry(list.id(), id).ifPresent(rows::add);
            }
            return rows;
        }, rows -> confirmAndMerge(list, group, rows), entries::fail);
    }

    private void confirmAndMerge(Shortlist list, DuplicateFinder.Group group, List<ShortlistEntry> rows) {
        if (rows.size() < 2) {
            check();
            return;
        }
        EntryMerge.Work merged = EntryMerge.merge(rows.stream().map(EntryMerge.Work::of).toList());
        String rating = merged.rating() == 0 ? Messages.get("duplicates.merge.unrated")
                : Messages.format("duplicates.merge.rating", merged.rating());
        if (!confirmations.confirm(Messages.get("duplicates.merge.title"),
                Messages.format("duplicates.merge.text", rows.size(), group.displayName(),
                        EntryCells.statusText(merged.status()), rating, rows.size() - 1),
                Messages.get("duplicates.merge.action"))) {
            return;
        }
        List<String> ids = rows.stream().map(ShortlistEntry::freelancerId).toList();
        runner.run("merge duplicates", p -> bulk.mergeDuplicates(list.id(), ids), result -> {
            notices.show(Messages.format("duplicates.merged", rows.size(), group.displayName()),
                    () -> undo(result.undo()));
            changed.run();
            check();
        }, entries::fail);
    }

    private void undo(BulkEdits.Undo undo) {
        runner.run("undo merge", p -> {
            bulk.undo(undo);
            return null;
        }, ok -> {
            notices.show(Messages.get("bulk.undone"));
            changed.run();
            check();
        }, entries::fail);
    }

    private void show(List<DuplicateFinder.Group> found) {
        groups.setAll(found);
        Map<String, DuplicateFinder.Group> byId = new HashMap<>();
        found.forEach(g -> g.freelancerIds().forEach(id -> byId.put(id, g)));
        flagged.keySet().retainAll(byId.keySet());
        flagged.putAll(byId);
        DuplicateFinder.Group was = current.get();
        current.set(was != null && found.contains(was) ? was : null);
        pickCurrent();
        if (current.get() == null && !found.isEmpty()) {
            current.set(found.get(0));
        }
        updateSummary();
    }

    /** The group of the selected row, when it has one, is the one the notice shows. */
    private void pickCurrent() {
        ShortlistEntry sel = entries.selectedProperty().get();
        DuplicateFinder.Group g = sel == null ? null : flagged.get(sel.freelancerId());
        if (g != null && g != current.get()) {
            current.set(g);
            updateSummary();
        }
    }

    private void updateSummary() {
        DuplicateFinder.Group g = current.get();
        if (g == null) {
            summary.set("");
            return;
        }
        int others = groups.size() - 1;
        String text = Messages.format("duplicates.summary", flagged.size(), g.displayName(),
                g.freelancerIds().size(), reason(g));
        summary.set(others == 0 ? text : text + " " + Messages.format("duplicates.summary.more", others));
    }

    static String reason(DuplicateFinder.Group g) {
        return Messages.get(g.reason() == DuplicateFinder.Reason.SAME_PROFILE_URL ? "duplicates.reason.url"
                : "duplicates.reason.person");
    }

    // Properties //

    /** Every group of possible duplicates on the list shown. */
    public ObservableList<DuplicateFinder.Group> groups() {
        return groups;
    }

    /** The group of a freelancer on the list shown, when it is a possible duplicate (the row's badge). */
    public Optional<DuplicateFinder.Group> groupOf(String freelancerId) {
        return Optional.ofNullable(flagged.get(freelancerId));
    }

    /** Freelancer id to its group, for every flagged entry (cells redraw when it changes). */
    public ObservableMap<String, DuplicateFinder.Group> flagged() {
        return flagged;
    }

    /** The group the notice shows and Merge merges. */
    public ReadOnlyObjectProperty<DuplicateFinder.Group> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "2 possible duplicates: Ana Silva is on this list 2 times (same profile link)." or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
