package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.LazyTooltip;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The results area: filter note, the table (or the first-run or empty state), and the pager.
 */
public final class ResultsView extends BorderPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private final ResultsTable table;
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(true);
    private HBox bar;

    public ResultsView(SearchViewModel search, ResultsViewModel results, FilterViewModel filters,
                       PortraitThumbnails thumbnails, Runnable openSettings) {
        table = new ResultsTable(results, thumbnails);
        subs.onClose(table::close);
        AllPagesBar allPages = new AllPagesBar(search.allPages(), results.filteringProperty());
        subs.onClose(allPages::close);
        setTop(new javafx.scene.layout.VBox(createFilterNote(results, filters), allPages));
        setCenter(createContent(search, openSettings));
        setBottom(createBottomBar(search));
    }

    /** Whether the filter sidebar is shown (a view choice: the main view shows or hides the sidebar). */
    public BooleanProperty filtersShownProperty() {
        return filtersShown;
    }

    private Node createBottomBar(SearchViewModel search) {
        ToggleButton filters = new ToggleButton(Messages.get("filters.toggle"), new FontIcon(MaterialDesignF.FILTER_VARIANT));
        filters.setId("filtersToggle");
        filters.getStyleClass().add(Styles.FLAT);
        LazyTooltip.install(filters, Messages.get("filters.toggle.tooltip"));
        subs.bindBidirectional(filters.selectedProperty(), filtersShown);
        PagerView pager = new PagerView(search);
        subs.onClose(pager::close);
        HBox.setHgrow(pager, Priority.ALWAYS);
        bar = new HBox(8, filters, pager);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.RESULTS_BAR);
        return bar;
    }

    /** Adds a toggle after "Filters" in the bar under the table (the main view's "Profile"). */
    public void addBarToggle(Node toggle) {
        bar.getChildren().add(1, toggle);
    }

    /** Moves keyboard focus to the table (selecting the first row when none is). */
    /** The results table (for the search feature's hooks). */
    javafx.scene.control.TableView<com.talentfinder.domain.Freelancer> table() {
        return table;
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private Node createFilterNote(ResultsViewModel results, FilterViewModel filters) {
        Label note = new Label();
        note.setId("filterNote");
        subs.bind(note.textProperty(), results.filterNoteProperty());
        Hyperlink clear = new Hyperlink(Messages.get("filters.clear"));
        clear.setId("clearFiltersLink");
        clear.setOnAction(e -> filters.clear());
        HBox bar = new HBox(8, note, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.FILTER_NOTE);
        subs.bind(bar.visibleProperty(), results.filteringProperty());
        subs.bind(bar.managedProperty(), bar.visibleProperty());
        return bar;
    }

    private Node createContent(SearchViewModel search, Runnable openSettings) {
        Node firstRun = StateViews.firstRun(search, openSettings, subs);
        Node empty = StateViews.empty(search, subs);
        subs.bind(firstRun.visibleProperty(), Bindings.equal(search.contentStateProperty(), ContentState.FIRST_RUN));
        subs.bind(empty.visibleProperty(), Bindings.equal(search.contentStateProperty(), ContentState.EMPTY));
        subs.bind(table.visibleProperty(), Bindings.equal(search.contentStateProperty(), ContentState.RESULTS));
        return new StackPane(table, createStaleVeil(search), firstRun, empty);
    }

    /**
     * Results of an earlier search, while a new one runs or after it failed, are greyed (issue 11): a veil of the
     * window's background at 55 % over the table looks the same as the table at 45 % opacity, without the
     * renderer copying the whole table offscreen to fade it (issue 13). It lets clicks through, as the faded
     * table did.
     */
    private Node createStaleVeil(SearchViewModel search) {
        javafx.scene.layout.Region veil = new javafx.scene.layout.Region();
        veil.setId("staleVeil");
        veil.getStyleClass().add(StyleClasses.STALE_VEIL);
        veil.setMouseTransparent(true);
        veil.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        subs.bind(veil.visibleProperty(), search.activity().staleProperty().and(table.visibleProperty()));
        return veil;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
