package com.talentfinder.ui.shortlist;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Saving freelancers from the search window to a shortlist (context menu, Ctrl+S chooser, detail pane button,
 * drag and drop), with a snapshot of each profile and its portrait bytes, loaded off the UI thread. Also says
 * which lists the selected freelancer is on ("On: Frontend Q1, Backup").
 */
public final class AddToShortlistViewModel {

    private final ShortlistsViewModel lists;
    private final ShortlistRepository repo;
    private final PortraitSource portraits;
    private final TaskRunner runner;
    private final Runnable onAdded;

    // Properties //
    private final ObservableList<Shortlist> onLists = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private ObservableValue<Freelancer> watched;
    private long membershipGeneration;

    /**
     * @param onAdded run on the UI thread after freelancers were saved (e.g. reload the entries shown)
     */
    public AddToShortlistViewModel(ShortlistsViewModel lists, ShortlistRepository repo, PortraitSource portraits,
                                   TaskRunner runner, Runnable onAdded) {
        this.lists = lists;
        this.repo = repo;
        this.portraits = portraits;
        this.runner = runner;
        this.onAdded = onAdded;
    }

    // Commands //

    /** Saves {@code freelancers} on {@code list}; those already there keep their entry as it is. */
    public void addTo(Shortlist list, List<Freelancer> freelancers) {
        if (list == null || freelancers.isEmpty()) {
            return;
        }
        List<Freelancer> chosen = List.copyOf(freelancers);
        runner.run("add to shortlist", p -> repo.add(list.id(), chosen, this::portraitOf), added -> {
            lists.markUsed(list.id());
            int already = chosen.size() - added;
            String text = already == 0 ? Messages.format("shortlist.added", added, list.name())
                    : Messages.format("shortlist.added.some", added, list.name(), already);
            feedback.set(text);
            lists.notices().show(text);
            lists.reload();
            refreshMembership();
            onAdded.run();
        }, failure -> feedback.set(ShortlistErrors.message(failure)));
    }

    /** Creates a list called {@code name}, then saves {@code freelancers} on it. */
    public void addToNewList(String name, List<Freelancer> freelancers) {
        List<Freelancer> chosen = List.copyOf(freelancers);
        runner.run("create shortlist", p -> repo.create(name), created -> {
            lists.markUsed(created.id());
            addTo(created, chosen);
        }, failure -> feedback.set(ShortlistErrors.message(failure)));
    }

    /** Adds to the list used last (the drop on the Shortlists toggle); false when there is no list yet. */
    public boolean addToLastUsed(List<Freelancer> freelancers) {
        Shortlist target = lists.lastUsed();
        if (target == null) {
            return false;
        }
        addTo(target, freelancers);
        return true;
    }

    /** Follows {@code selection}: {@link #onLists()} says which lists the selected freelancer is on. */
    public void watch(ObservableValue<Freelancer> selection) {
        watched = selection;
        selection.addListener((o, was, now) -> {
            feedback.set("");
            refreshMembership();
        });
        refreshMembership();
    }

    /** Reads again which lists the watched freelancer is on. */
    public void refreshMembership() {
        Freelancer f = watched == null ? null : watched.getValue();
        long mine = ++membershipGeneration;
        if (f == null) {
            onLists.clear();
            return;
        }
        runner.run("lists containing", p -> repo.listsContaining(f.id()), found -> {
            if (mine == membershipGeneration) {
                onLists.setAll(found);
            }
        }, failure -> onLists.clear());
    }

    private Optional<byte[]> portraitOf(Freelancer f) {
        try {
            return portraits.load(f.portraitUrl());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // Properties //

    /** Every list, for "Add to shortlist ▸" menus. */
    public ObservableList<Shortlist> lists() {
        return lists.lists();
    }

    /** The lists the watched freelancer is on. */
    public ObservableList<Shortlist> onLists() {
        return onLists;
    }

    /** "Added 3 to Frontend Q1.", or why saving failed. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
