package com.talentfinder.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.LazyTooltip;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The search bar: query field with recent searches, results per page, Search, Cancel and progress; under it, a
 * status line: while busy, the countdown of a wait for the rate limit; otherwise where the page shown came from
 * ("From cache · fetched 3 h ago", with Refresh).
 */
public final class SearchView extends VBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private final SearchViewModel vm;
    private final CustomTextField searchField = new CustomTextField();
    private Runnable onDownToResults = () -> { };
    private final HBox actionRow;

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add(StyleClasses.SEARCH_BAR);
        getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
        HBox row = new HBox(8, createSearchField(), createPerPage(), createSearchButton(), createCancelButton(),
                createProgress());
        row.setAlignment(Pos.CENTER_LEFT);
        actionRow = row;
        getChildren().addAll(row, createInputError(), createStatusLine());
    }

    /** What Down in the query field does when no suggestion list is open (the main view: focus the results). */
    public void setOnDownToResults(Runnable action) {
        onDownToResults = action == null ? () -> { } : action;
    }

    /** Puts the caret in the query field (Ctrl+F, and at start). */
    public void focusSearchField() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private CustomTextField createSearchField() {
        searchField.setId("searchField");
        searchField.setPromptText(Messages.get("search.prompt"));
        searchField.setAccessibleText(Messages.get("search.field.accessible"));
        searchField.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        subs.bindBidirectional(searchField.textProperty(), vm.queryProperty());
        HBox.setHgrow(searchField, Priority.ALWAYS);
        searchField.setMaxWidth(Double.MAX_VALUE);
        AutoCompletionBinding<String> recent = TextFields.bindAutoCompletion(searchField,
                request -> vm.suggestions(request.getUserText()));
        recent.setVisibleRowCount(SearchViewModel.SUGGESTIONS);
        searchField.setOnAction(e -> {
            recent.getAutoCompletionPopup().hide();
            vm.search();
        });
        searchField.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Down leaves the field for the results, unless it is moving through the recent searches.
            if (com.talentfinder.ui.Shortcut.DOWN_TO_RESULTS.combination().match(e)
                    && !recent.getAutoCompletionPopup().isShowing()) {
                onDownToResults.run();
                e.consume();
            }
        });
        return searchField;
    }

    private ComboBox<Integer> createPerPage() {
        ComboBox<Integer> perPage = new ComboBox<>();
        perPage.setId("perPageChoice");
        perPage.getItems().setAll(SearchViewModel.PAGE_SIZES);
        subs.bindBidirectional(perPage.valueProperty(), vm.perPageProperty());
        perPage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Messages.format("search.perPage", n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        LazyTooltip.install(perPage, Messages.get("search.perPage.tooltip"));
        perPage.setAccessibleText(Messages.get("search.perPage.tooltip"));
        return perPage;
    }

    private Button createSearchButton() {
        Button search = new Button(Messages.get("search.button"));
        search.setId("searchButton");
        search.getStyleClass().add(Styles.ACCENT);
        search.setDefaultButton(false);
        search.setOnAction(e -> vm.search());
        return search;
    }

    private Button createCancelButton() {
        Button cancel = new Button(Messages.get("search.cancel"));
        cancel.setId("cancelSearchButton");
        cancel.setOnAction(e -> vm.cancel());
        subs.bind(cancel.visibleProperty(), vm.busyProperty());
        subs.bind(cancel.managedProperty(), cancel.visibleProperty());
        return cancel;
    }

    private ProgressIndicator createProgress() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("searchProgress");
        progress.setPrefSize(22, 22);
        progress.setMaxSize(22, 22);
        progress.setAccessibleText(Messages.get("search.busy"));
        subs.bind(progress.visibleProperty(), vm.busyProperty());
        subs.bind(progress.managedProperty(), progress.visibleProperty());
        return progress;
    }

    private HBox createStatusLine() {
        Label wait = new Label(null, new FontIcon(MaterialDesignT.TIMER_SAND));
        wait.setId("waitNotice");
        subs.bind(wait.textProperty(), vm.waits().textProperty());
        subs.bind(wait.visibleProperty(), vm.busyProperty().and(vm.waits().textProperty().isNotEmpty()));
        subs.bind(wait.managedProperty(), wait.visibleProperty());

        PageOrigin origin = vm.origin();
        Label from = new Label();
        from.setId("pageOrigin");
        subs.bind(from.textProperty(), origin.textProperty());
        subs.bind(from.graphicProperty(), Bindings.when(origin.fromCacheProperty())
                .then((Node) new FontIcon(MaterialDesignD.DATABASE_CLOCK_OUTLINE))
                .otherwise(new FontIcon(MaterialDesignC.CLOUD_CHECK_OUTLINE)));
        subs.bind(from.visibleProperty(), vm.busyProperty().not().and(origin.textProperty().isNotEmpty()));
        subs.bind(from.managedProperty(), from.visibleProperty());

        Button refresh = new Button(Messages.get("search.refresh"), new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("refreshPageButton");
        refresh.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Tooltip tip = new Tooltip();
        subs.bind(tip.textProperty(), origin.refreshTooltipProperty());
        refresh.setTooltip(tip);
        subs.bind(refresh.accessibleHelpProperty(), origin.refreshTooltipProperty());
        refresh.setOnAction(e -> vm.refresh());
        subs.bind(refresh.visibleProperty(), from.visibleProperty().and(origin.fromCacheProperty()));
        subs.bind(refresh.managedProperty(), refresh.visibleProperty());

        SearchActivity activity = vm.activity();
        Label still = statusLabel("stillSearching", activity.stillSearchingProperty(), vm.busyProperty());
        Label stale = statusLabel("staleNotice", activity.staleNoticeProperty(), null);
        stale.getStyleClass().add(Styles.WARNING);
        Label notice = statusLabel("searchNotice", activity.noticeProperty(), vm.busyProperty().not());
        from.visibleProperty().unbind();
        subs.bind(from.visibleProperty(), vm.busyProperty().not().and(origin.textProperty().isNotEmpty())
                .and(activity.staleProperty().not()));

        HBox line = new HBox(6, wait, still, stale, from, refresh, notice);
        line.setId("searchStatusLine");
        line.getStyleClass().add(StyleClasses.SEARCH_STATUS);
        line.setAlignment(Pos.CENTER_LEFT);
        subs.bind(line.visibleProperty(), wait.visibleProperty().or(from.visibleProperty()).or(still.visibleProperty())
                .or(stale.visibleProperty()).or(notice.visibleProperty()));
        // Once a page is shown the line keeps its place while a search runs, so the results never jump.
        subs.bind(line.managedProperty(), line.visibleProperty().or(origin.textProperty().isNotEmpty()));
        return line;
    }

    /** A status-line label shown while it has text (and {@code when}, if given, holds). */
    private Label statusLabel(String id, javafx.beans.value.ObservableStringValue text,
                                     javafx.beans.value.ObservableBooleanValue when) {
        Label label = new Label();
        label.setId(id);
        subs.bind(label.textProperty(), text);
        subs.bind(label.visibleProperty(), when == null ? label.textProperty().isNotEmpty()
                : label.textProperty().isNotEmpty().and(when));
        subs.bind(label.managedProperty(), label.visibleProperty());
        return label;
    }

    private Label createInputError() {
        Label error = new Label();
        error.setId("searchInputError");
        error.getStyleClass().addAll(StyleClasses.INPUT_ERROR, Styles.DANGER);
        subs.bind(error.textProperty(), vm.inputErrorProperty());
        subs.bind(error.visibleProperty(), Bindings.isNotEmpty(vm.inputErrorProperty()));
        subs.bind(error.managedProperty(), error.visibleProperty());
        return error;
    }

    /** The row of the query field and its buttons, where other features add an action (through a hook). */
    HBox actionRow() {
        return actionRow;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
