package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The results area: filter note, the table (or the first-run or empty state), and the pager.
 */
public final class ResultsView extends BorderPane {

    private final ResultsTable table;
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(true);
    private HBox bar;

    public ResultsView(SearchViewModel search, ResultsViewModel results, FilterViewModel filters,
                       PortraitThumbnails thumbnails, Runnable openSettings) {
        table = new ResultsTable(results, thumbnails);
        setTop(new javafx.scene.layout.VBox(createFilterNote(results, filters),
                new AllPagesBar(search.allPages(), results.filteringProperty())));
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
        filters.setTooltip(new Tooltip(Messages.get("filters.toggle.tooltip")));
        filters.selectedProperty().bindBidirectional(filtersShown);
        PagerView pager = new PagerView(search);
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
        note.textProperty().bind(results.filterNoteProperty());
        Hyperlink clear = new Hyperlink(Messages.get("filters.clear"));
        clear.setId("clearFiltersLink");
        clear.setOnAction(e -> filters.clear());
        HBox bar = new HBox(8, note, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.FILTER_NOTE);
        bar.visibleProperty().bind(results.filteringProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node createContent(SearchViewModel search, Runnable openSettings) {
        Node firstRun = StateViews.firstRun(search, openSettings);
        Node empty = StateViews.empty(search);
        firstRun.visibleProperty().bind(Bindings.equal(search.contentStateProperty(), ContentState.FIRST_RUN));
        empty.visibleProperty().bind(Bindings.equal(search.contentStateProperty(), ContentState.EMPTY));
        table.visibleProperty().bind(Bindings.equal(search.contentStateProperty(), ContentState.RESULTS));
        // Results of an earlier search, while a new one runs or after it failed, are greyed (issue 11).
        table.opacityProperty().bind(Bindings.when(search.activity().staleProperty()).then(0.45).otherwise(1.0));
        return new StackPane(table, firstRun, empty);
    }
}
