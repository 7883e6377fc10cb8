package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Screen;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.common.MembershipMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The search feature's root: the search screen (search bar, filters, results, the detail pane beside them)
 * and the hooks other features use to add to it, so nobody looks nodes up across features.
 */
public final class SearchFeature implements Screen {

    /**
     * What the composition root plugs in.
     *
     * @param detailPane   the node on the right of the split (the detail view)
     * @param openSettings opens the Settings dialog
     * @param thumbnails   portrait thumbnails for the table
     */
    public record Slots(Node detailPane, Runnable openSettings, PortraitThumbnails thumbnails) {
    }

    private final SearchViewModel search;
    private final FilterViewModel filters;
    private final ResultsViewModel results;
    private final Slots slots;
    private final List<Consumer<TableView<Freelancer>>> tableHooks = new ArrayList<>();
    private final List<java.util.function.BiConsumer<javafx.scene.layout.Pane, Node>> barHooks = new ArrayList<>();
    private SearchScreenView view;

    public SearchFeature(SearchViewModel search, FilterViewModel filters, ResultsViewModel results, Slots slots) {
        this.search = search;
        this.filters = filters;
        this.results = results;
        this.slots = slots;
    }

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String titleKey() {
        return "main.nav.search";
    }

    @Override
    public String tooltipKey() {
        return "main.nav.search.tooltip";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignM.MAGNIFY;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.SHOW_SEARCH;
    }

    @Override
    public Node create() {
        if (view == null) {
            view = new SearchScreenView(search, filters, results, slots);
            tableHooks.forEach(hook -> hook.accept(view.resultsTable()));
            barHooks.forEach(hook -> hook.accept(view.searchBarActions(), view));
        }
        return view;
    }

    @Override
    public boolean focusFind() {
        if (view != null) {
            view.focusSearchField();
        }
        return true;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.close();
            view = null;
        }
    }

    /**
     * Runs {@code hook} on the results table now if the screen is built, and on every table built later (the
     * shortlists feature adds its menu, Ctrl+S, Ctrl+E and dragging this way).
     */
    public void onResultsTable(Consumer<TableView<Freelancer>> hook) {
        tableHooks.add(hook);
        if (view != null) {
            hook.accept(view.resultsTable());
        }
    }

    /**
     * Runs {@code hook} with the search bar's row of actions and the screen's node, now if the screen is built and
     * on every screen built later (the saved-searches feature adds "Save search…" and its key this way).
     */
    public void onSearchBar(java.util.function.BiConsumer<javafx.scene.layout.Pane, Node> hook) {
        barHooks.add(hook);
        if (view != null) {
            hook.accept(view.searchBarActions(), view);
        }
    }

    /**
     * Marks freelancers already on a shortlist: an icon column in the results table, and "Hide people already on a
     * list" in the filters. {@code marks} follows the page shown and every fetched page.
     */
    public void useMemberships(MembershipMarks marks) {
        marks.follow(search.results());
        marks.follow(search.allPages().fetched());
        filters.followMemberships(marks.byIdProperty());
        onResultsTable(table -> MembershipColumn.install(table, marks));
    }

    /** The screen's view, built if needed (tests and the window-size logic). */
    public SearchScreenView view() {
        return (SearchScreenView) create();
    }

    public SearchViewModel searchViewModel() {
        return search;
    }
}
