package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.EntrySort;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The entries of the selected shortlist, a page at a time: however long the list, only {@link #PAGE_SIZE} rows
 * are read and held ({@code entries(listId, query)} plus {@code count}), so a list of 50,000 opens at once. Sort
 * and filters run in the database. Holds the selection the detail pane and the editor bind to. Entry edits
 * live in {@link EntryEditing}; this class reloads and patches rows.
 */
public final class EntriesViewModel {

    /** Rows read and shown per page. */
    public static final int PAGE_SIZE = 200;

    private final ShortlistRepository repo;
    private final TaskRunner runner;
    private final Notices notices;

    // Properties //
    private final ReadOnlyObjectWrapper<Shortlist> list = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ShortlistEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ShortlistEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Freelancer> selectedFreelancer = new ReadOnlyObjectWrapper<>();
    private final EntryPaging paging = new EntryPaging(PAGE_SIZE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final EntryFilters filters = new EntryFilters(this::firstPage);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EntrySort> sort = new ReadOnlyObjectWrapper<>(EntrySort.SAVED_AT);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(false);

    private long generation;

    public EntriesViewModel(ShortlistRepository repo, TaskRunner runner, Notices notices) {
        this.repo = repo;
        this.runner = runner;
        this.notices = notices;
        selectedFreelancer.bind(Bindings.createObjectBinding(
                () -> selected.get() == null ? null : selected.get().freelancer(), selected));
    }

    // Commands //

    /** Shows {@code shortlist} (or nothing), from its first page, filters kept. */
    public void show(Shortlist shortlist) {
        Shortlist was = list.get();
        list.set(shortlist);
        if (shortlist == null) {
            generation++;
            entries.clear();
            tags.clear();
            selected.set(null);
            paging.showNothing();
            return;
        }
        if (was == null || was.id() != shortlist.id()) {
            selected.set(null);
            paging.setPage(1);
            loadTags();
        }
        load();
    }

    /** Sorts in the database; the first page of the new order is shown. */
    public void sortBy(EntrySort key, boolean up) {
        sort.set(key == null ? EntrySort.SAVED_AT : key);
        ascending.set(key == null ? false : up);
        firstPage();
    }

    public void nextPage() {
        goToPage(paging.page() + 1);
    }

    public void previousPage() {
        goToPage(paging.page() - 1);
    }

    public void goToPage(int n) {
        int target = paging.clamp(n);
        if (target != paging.page()) {
            paging.setPage(target);
            load();
        }
    }

    /** Clears every filter (one reload). */
    public void clearFilters() {
        filters.clear();
    }

    /** Reads the page shown again (after a refresh, an import, an add from the search window). */
    public void reload() {
        if (list.get() != null) {
            loadTags();
            load();
        }
    }

    /** Removes entries from the list; the notice offers Undo. */
    public void remove(List<ShortlistEntry> chosen) {
        Shortlist from = list.get();
        if (from == null || chosen.isEmpty()) {
            return;
        }
        List<String> ids = chosen.stream().map(ShortlistEntry::freelancerId).distinct().toList();
        runner.run("remove entries", p -> repo.remove(from.id(), ids), n -> {
            notices.show(n == 1 ? Messages.format("shortlist.removed.one", chosen.get(0).freelancer().displayName())
                    : Messages.format("shortlist.removed.many", n), () -> undoRemove(from, ids));
            reload();
        }, this::fail);
    }

    private void undoRemove(Shortlist from, List<String> ids) {
        runner.run("undo remove", p -> repo.undoRemove(from.id(), ids), n -> reload(), this::fail);
    }

    /** Puts an updated entry in place of the row with the same freelancer (after an edit). */
    void replace(ShortlistEntry updated) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).freelancerId().equals(updated.freelancerId())) {
                boolean wasSelected = selected.get() != null
                        && selected.get().freelancerId().equals(updated.freelancerId());
                entries.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                }
                return;
            }
        }
    }

    void fail(Throwable failure) {
        error.set(ShortlistErrors.message(failure));
    }

    public void clearError() {
        error.set(null);
    }

    // Loading //

    /** The query for the page shown: sort, filters and window. */
    public EntryQuery query() {
        return filters.query(sort.get(), ascending.get(), (paging.page() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private void firstPage() {
        paging.setPage(1);
        if (list.get() != null) {
            load();
        }
    }

    private record Loaded(int total, List<ShortlistEntry> rows, int page) {
    }

    private void load() {
        Shortlist shown = list.get();
        if (shown == null) {
            return;
        }
        EntryQuery q = query();
        long mine = ++generation;
        busy.set(true);
        int wanted = paging.page();
        runner.run("read entries", p -> {
            int n = repo.count(shown.id(), q);
            EntryQuery window = q;
            int at = wanted;
            if (q.offset() >= n && n > 0) {
                at = (n + PAGE_SIZE - 1) / PAGE_SIZE;
                window = q.page((at - 1) * PAGE_SIZE, PAGE_SIZE);
            }
            return new Loaded(n, repo.entries(shown.id(), window), at);
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            String keep = selected.get() == null ? null : selected.get().freelancerId();
            paging.setPage(loaded.page());
            entries.setAll(loaded.rows());
            selected.set(keep == null ? null : loaded.rows().stream()
                    .filter(e -> e.freelancerId().equals(keep)).findFirst().orElse(null));
            paging.show(loaded.total());
        }, failure -> {
            if (mine == generation) {
                busy.set(false);
                fail(failure);
            }
        });
    }

    void reloadTags() {
        if (list.get() != null) {
            loadTags();
        }
    }

    private void loadTags() {
        Shortlist shown = list.get();
        runner.run("read tags", p -> repo.tags(shown.id()), found -> {
            if (list.get() != null && list.get().id() == shown.id()) {
                tags.setAll(found);
            }
        }, this::fail);
    }

    // Properties //

    public ReadOnlyObjectProperty<Shortlist> listProperty() {
        return list.getReadOnlyProperty();
    }

    /** The rows of the page shown. */
    public ObservableList<ShortlistEntry> entries() {
        return entries;
    }

    /** The entry the detail pane and the editor show (the table's focused row). */
    public ObjectProperty<ShortlistEntry> selectedProperty() {
        return selected;
    }

    /** The selected entry's snapshot, for the shared detail view. */
    public ReadOnlyObjectProperty<Freelancer> selectedFreelancerProperty() {
        return selectedFreelancer.getReadOnlyProperty();
    }

    /** The page shown, the pages there are and "1–200 of 50,000 · page 1 of 250". */
    public EntryPaging paging() {
        return paging;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Status, rating, tag and text filters. */
    public EntryFilters filters() {
        return filters;
    }

    /** The tags used on this list, for the tag filter and the editor's suggestions. */
    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyObjectProperty<EntrySort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    ShortlistRepository repository() {
        return repo;
    }

    TaskRunner runner() {
        return runner;
    }
}
