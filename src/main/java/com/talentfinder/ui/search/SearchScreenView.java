package com.talentfinder.ui.search;

import com.talentfinder.ui.KeepWhole;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.common.LazyTooltip;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The search screen: search bar and error banner on top, filters and results beside the detail pane.
 * Alt+Left / Alt+Right page through the results while it is shown.
 */
public final class SearchScreenView extends BorderPane {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    /** Below these widths the filter sidebar, then the profile pane, fold away (the toggles bring them back). */
    static final double FILTERS_FOLD_WIDTH = 1180;
    static final double DETAIL_FOLD_WIDTH = 1100;
    static final double DETAIL_MIN_WIDTH = 320;
    private static final KeyCombination PREVIOUS_PAGE = Shortcut.PREVIOUS_PAGE.combination();
    private static final KeyCombination NEXT_PAGE = Shortcut.NEXT_PAGE.combination();

    private final SearchView searchView;
    private final ResultsView resultsView;
    private final SplitPane split;
    private final BooleanProperty detailShown = new SimpleBooleanProperty(true);

    public SearchScreenView(SearchViewModel search, FilterViewModel filters, ResultsViewModel results,
                            SearchFeature.Slots slots) {
        searchView = new SearchView(search);
        resultsView = new ResultsView(search, results, filters, slots.thumbnails(), slots.openSettings());
        ErrorBannerView banner = new ErrorBannerView(search, slots.openSettings());
        subs.onClose(searchView::close);
        subs.onClose(resultsView::close);
        subs.onClose(banner::close);
        setTop(new VBox(searchView, banner));

        BorderPane left = new BorderPane(resultsView);
        FilterView filterView = new FilterView(filters);
        subs.onClose(filterView::close);
        subs.bind(filterView.visibleProperty(), resultsView.filtersShownProperty());
        subs.bind(filterView.managedProperty(), filterView.visibleProperty());
        left.setLeft(filterView);
        split = new SplitPane(left, slots.detailPane());
        split.setId("mainSplit");
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(slots.detailPane(), false);
        if (slots.detailPane() instanceof Region pane) {
            // Long list names in the pane must not push the results narrower than the split asks.
            pane.setMinWidth(DETAIL_MIN_WIDTH);
        }
        setCenter(split);
        installCollapsing(slots.detailPane());
        searchView.setOnDownToResults(resultsView::focusTable);
        KeepWhole.buttonsUnder(this);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PREVIOUS_PAGE.match(e)) {
                search.previousPage();
                e.consume();
            } else if (NEXT_PAGE.match(e)) {
                search.nextPage();
                e.consume();
            }
        });
    }

    /**
     * The filter sidebar and the profile pane fold away on narrow windows, so the results keep their columns;
     * "Filters" and "Profile" toggles bring them back. Only crossing a width changes them: a choice the user
     * made stays until the window is resized across the line.
     */
    private void installCollapsing(Node detail) {
        ToggleButton profile = new ToggleButton(Messages.get("main.toggle.profile"),
                new FontIcon(MaterialDesignA.ACCOUNT_DETAILS_OUTLINE));
        profile.setId("detailToggle");
        profile.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        LazyTooltip.install(profile, Messages.get("main.toggle.profile.tooltip"));
        subs.bindBidirectional(profile.selectedProperty(), detailShown);
        resultsView.addBarToggle(profile);
        // Below the filters' fold width the two side panes do not both fit: showing one folds the other, so the
        // window never grows wider than the screen and the table keeps its columns.
        resultsView.filtersShownProperty().addListener((o, was, shown) -> {
            if (shown && tooNarrowForBoth()) {
                detailShown.set(false);
            }
        });
        detailShown.addListener((o, was, shown) -> {
            if (shown && tooNarrowForBoth()) {
                resultsView.filtersShownProperty().set(false);
            }
            if (shown && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                split.setDividerPositions(0.74);
            } else if (!shown) {
                split.getItems().remove(detail);
            }
        });
        ChangeListener<Number> folding = (o, was, now) -> {
            double before = was.doubleValue();
            double after = now.doubleValue();
            if (crossedDown(before, after, FILTERS_FOLD_WIDTH)) {
                resultsView.filtersShownProperty().set(false);
            } else if (crossedUp(before, after, FILTERS_FOLD_WIDTH)) {
                resultsView.filtersShownProperty().set(true);
            }
            if (crossedDown(before, after, DETAIL_FOLD_WIDTH)) {
                detailShown.set(false);
            } else if (crossedUp(before, after, DETAIL_FOLD_WIDTH)) {
                detailShown.set(true);
            }
        };
        widthProperty().addListener(folding);
    }

    private boolean tooNarrowForBoth() {
        return getWidth() > 0 && getWidth() < FILTERS_FOLD_WIDTH;
    }

    private static boolean crossedDown(double before, double after, double line) {
        return (before <= 0 || before >= line) && after > 0 && after < line;
    }

    private static boolean crossedUp(double before, double after, double line) {
        return before > 0 && before < line && after >= line;
    }

    /** Whether the profile pane is shown beside the results. */
    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    /** Puts the caret in the search field. */
    public void focusSearchField() {
        searchView.focusSearchField();
    }

    /** The results table, for the hooks other features add through {@link SearchFeature#onResultsTable}. */
    javafx.scene.control.TableView<com.talentfinder.domain.Freelancer> resultsTable() {
        return resultsView.table();
    }

    /** The search bar's row of actions, for the hooks other features add through {@link SearchFeature#onSearchBar}. */
    javafx.scene.layout.Pane searchBarActions() {
        return searchView.actionRow();
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
