package com.talentfinder.ui.shortlist;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The left side of the shortlists screen: every list with its count, the selected one, and New, Rename,
 * Delete (confirmed, with Undo) and Import. Also the one place the rest of the window learns the lists from
 * (the search window's "Add to shortlist" menus) and which list was used last. All reads and writes run
 * through the {@link TaskRunner}.
 */
public final class ShortlistsViewModel {

    private final ShortlistRepository repo;
    private final TaskRunner runner;
    private final Confirmations confirmations;
    private final Notices notices;
    private final ShortlistImporter importer;

    // Properties //
    private final ObservableList<Shortlist> lists = FXCollections.observableArrayList();
    private final ObservableList<Shortlist> listsReadOnly = FXCollections.unmodifiableObservableList(lists);
    private final ObjectProperty<Shortlist> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Long lastUsedId;

    private final ImportFlow importFlow;

    public ShortlistsViewModel(ShortlistRepository repo, TaskRunner runner, Confirmations confirmations,
                               Notices notices, ShortlistImporter importer) {
        this.repo = repo;
        this.runner = runner;
        this.confirmations = confirmations;
        this.notices = notices;
        this.importer = importer;
        this.importFlow = new ImportFlow(importer, runner, confirmations, notices);
    }

    // Commands //

    /** Reads the lists again, keeping the selection by id. */
    public void reload() {
        reload(null);
    }

    private void reload(Long selectId) {
        runner.run("read shortlists", p -> repo.list(), found -> {
            Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
            lists.setAll(found);
            Shortlist again = keep == null ? null
                    : found.stream().filter(s -> s.id() == keep).findFirst().orElse(null);
            if (again == null && !found.isEmpty() && selectId == null && selected.get() == null) {
                again = found.get(0);
            }
            selected.set(again);
        }, this::fail);
    }

    /** Creates a list and selects it; {@code then} gets it (e.g. to add freelancers to it at once). */
    public void create(String name, Consumer<Shortlist> then) {
        error.set(null);
        runner.run("create shortlist", p -> repo.create(name), created -> {
            lastUsedId = created.id();
            notices.show(Messages.format("shortlist.created", created.name()));
            reload(created.id());
            if (then != null) {
                then.accept(created);
            }
        }, this::fail);
    }

    public void create(String name) {
        create(name, null);
    }

    public void rename(Shortlist list, String newName) {
        if (list == null) {
            return;
        }
        error.set(null);
        runner.run("rename shortlist", p -> {
            repo.rename(list.id(), newName);
            return null;
        }, ok -> reload(list.id()), this::fail);
    }

    /** Asks, then deletes the list; the notice offers Undo for {@link Notices#SHOW_SECONDS} seconds. */
    public void delete(Shortlist list) {
        if (list == null) {
            return;
        }
        boolean yes = confirmations.confirm(Messages.get("shortlist.delete.title"),
                Messages.format("shortlist.delete.question", list.name(), list.entryCount()),
                Messages.get("shortlist.delete.action"));
        if (!yes) {
            return;
        }
        error.set(null);
        runner.run("delete shortlist", p -> {
            repo.delete(list.id());
            return null;
        }, ok -> {
            if (selected.get() != null && selected.get().id() == list.id()) {
                selected.set(null);
            }
            notices.show(Messages.format("shortlist.deleted", list.name()), () -> undoDelete(list));
            reload();
        }, this::fail);
    }

    private void undoDelete(Shortlist list) {
        runner.run("restore shortlist", p -> {
            repo.undoDelete(list.id());
            return null;
        }, ok -> {
            notices.show(Messages.format("shortlist.restored", list.name()));
            reload(list.id());
        }, this::fail);
    }

    /**
     * Imports a JSON export after showing what it holds and asking (merge into the list of the same name, or
     * import as a new list); says what it did, with Undo; the imported list is selected.
     */
    public void importFile(Path file) {
        error.set(null);
        importFlow.start(file, busy::set, name -> {
            if (name == null) {
                reload();
                return;
            }
            runner.run("find imported list", p -> repo.findByName(name).map(Shortlist::id).orElse(null),
                    this::reload, this::fail);
        }, this::fail);
    }

    /** Remembers the list freelancers were last added to (the drop target of the Shortlists toggle). */
    public void markUsed(long listId) {
        lastUsedId = listId;
    }

    /** The list used last if it still exists, else the selected one, else null. */
    public Shortlist lastUsed() {
        if (lastUsedId != null) {
            for (Shortlist s : lists) {
                if (s.id() == lastUsedId) {
                    return s;
                }
            }
        }
        return selected.get();
    }

    public void clearError() {
        error.set(null);
    }

    private void fail(Throwable failure) {
        error.set(ShortlistErrors.message(failure));
    }

    // Properties //

    /** Every live list, by name (read-only). */
    public ObservableList<Shortlist> lists() {
        return listsReadOnly;
    }

    /** The list shown on the right. */
    public ObjectProperty<Shortlist> selectedProperty() {
        return selected;
    }

    /** The last failure as one sentence, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Notices notices() {
        return notices;
    }

    /** The names of the lists now, for menus. */
    public List<Shortlist> snapshot() {
        return List.copyOf(lists);
    }
}
