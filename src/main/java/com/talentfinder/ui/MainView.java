package com.talentfinder.ui;

import atlantafx.base.controls.Spacer;
import com.talentfinder.ui.search.ErrorBannerView;
import com.talentfinder.ui.search.FilterView;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.PortraitThumbnails;
import com.talentfinder.ui.search.ResultsView;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchView;
import com.talentfinder.ui.search.SearchViewModel;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import com.talentfinder.ui.help.ShortcutsWindow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The main window's content: menu and search bar on top, filters and results beside the detail pane,
 * and a status bar. Knows its ViewModels only; everything it cannot build itself comes in as {@link Slots}.
 */
public final class MainView extends BorderPane {

    /** The app-wide stylesheet; add it to the Scene so popups get it too. */
    public static final String STYLESHEET = Objects.requireNonNull(
            MainView.class.getResource("app.css")).toExternalForm();

    static final KeyCombination FOCUS_SEARCH = Shortcut.FIND.combination();
    static final KeyCombination PREVIOUS_PAGE = Shortcut.PREVIOUS_PAGE.combination();
    static final KeyCombination NEXT_PAGE = Shortcut.NEXT_PAGE.combination();

    /**
     * What the composition root plugs in.
     *
     * @param detailPane   the node on the right of the split (the detail view)
     * @param openSettings opens the Settings dialog
     * @param thumbnails   portrait thumbnails for the table
     */
    public record Slots(Node detailPane, Runnable openSettings, PortraitThumbnails thumbnails) {
    }

    private final SearchView searchView;
    private final SplitPane split;
    private final BooleanProperty detailShown = new SimpleBooleanProperty(true);
    /** Below these widths the filter sidebar, then the profile pane, fold away (the toggles bring them back). */
    static final double FILTERS_FOLD_WIDTH = 1180;
    static final double DETAIL_FOLD_WIDTH = 1100;
    static final double DETAIL_MIN_WIDTH = 320;
    private final HBox statusRight = new HBox(12);
    private final Menu help = new Menu(Messages.get("main.menu.help"));

    public MainView(SearchViewModel search, FilterViewModel filters, ResultsViewModel results, Slots slots) {
        getStyleClass().add(StyleClasses.MAIN_VIEW);
        searchView = new SearchView(search);
        ResultsView resultsView = new ResultsView(search, results, filters, slots.thumbnails(),
                slots.openSettings());
        setTop(new VBox(createMenu(slots.openSettings()), searchView,
                new ErrorBannerView(search, slots.openSettings())));

        BorderPane left = new BorderPane(resultsView);
        FilterView filterView = new FilterView(filters);
        filterView.visibleProperty().bind(resultsView.filtersShownProperty());
        filterView.managedProperty().bind(filterView.visibleProperty());
        left.setLeft(filterView);
        split = new SplitPane(left, slots.detailPane());
        split.setId("mainSplit");
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(slots.detailPane(), false);
        if (slots.detailPane() instanceof javafx.scene.layout.Region pane) {
            // Long list names in the pane must not push the results narrower than the split asks.
            pane.setMinWidth(DETAIL_MIN_WIDTH);
        }
        setCenter(split);
        installCollapsing(resultsView, slots.detailPane());
        setBottom(createStatusBar(search));

        searchView.setOnDownToResults(resultsView::focusTable);
        KeyboardRules.install(this);
        KeepWhole.buttonsUnder(this);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FOCUS_SEARCH.match(e)) {
                focusFind();
                e.consume();
            } else if (PREVIOUS_PAGE.match(e)) {
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
    private void installCollapsing(ResultsView results, Node detail) {
        ToggleButton profile = new ToggleButton(Messages.get("main.toggle.profile"),
                new FontIcon(MaterialDesignA.ACCOUNT_DETAILS_OUTLINE));
        profile.setId("detailToggle");
        profile.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        profile.setTooltip(new Tooltip(Messages.get("main.toggle.profile.tooltip")));
        profile.selectedProperty().bindBidirectional(detailShown);
        results.addBarToggle(profile);
        detailShown.addListener((o, was, shown) -> {
            if (shown && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                split.setDividerPositions(0.74);
            } else if (!shown) {
                split.getItems().remove(detail);
            }
        });
        widthProperty().addListener((o, was, now) -> {
            double before = was.doubleValue();
            double after = now.doubleValue();
            if (crossedDown(before, after, FILTERS_FOLD_WIDTH)) {
                results.filtersShownProperty().set(false);
            } else if (crossedUp(before, after, FILTERS_FOLD_WIDTH)) {
                results.filtersShownProperty().set(true);
            }
            if (crossedDown(before, after, DETAIL_FOLD_WIDTH)) {
                detailShown.set(false);
            } else if (crossedUp(before, after, DETAIL_FOLD_WIDTH)) {
                detailShown.set(true);
            }
        });
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

    /** Ctrl+F: the search field on the search screen, the screen's own filter field elsewhere. */
    private void focusFind() {
        if (showingShortlists()) {
            Node find = shortlistsScreen.lookup("." + StyleClasses.SCREEN_FIND);
            if (find != null) {
                find.requestFocus();
                if (find instanceof javafx.scene.control.TextInputControl text) {
                    text.selectAll();
                }
            }
            return;
        }
        searchView.focusSearchField();
    }

    /** Puts the caret in the search field (done once the window shows). */
    public void focusSearchField() {
        searchView.focusSearchField();
    }

    /** The right side of the status bar, for figures such as the credit meter. */
    public HBox statusBarRight() {
        return statusRight;
    }

    // ---- Navigation: Search | Shortlists (added by the shortlists feature; nothing above depends on it) ----

    static final KeyCombination SHOW_SEARCH = Shortcut.SHOW_SEARCH.combination();
    static final KeyCombination SHOW_SHORTLISTS = Shortcut.SHOW_SHORTLISTS.combination();

    private Node searchCenter;
    private java.util.List<Node> searchTop;
    private Node shortlistsScreen;
    /** Builds the shortlists screen the first time it is shown: start-up pays only for the search screen. */
    private Supplier<Node> shortlistsFactory;
    private HBox navBar;
    private ToggleButton searchToggle;
    private ToggleButton shortlistsToggle;
    private Runnable onShortlistsShown = () -> { };

    /**
     * Puts a "Search | Shortlists" toggle beside the menu (Ctrl+1, Ctrl+2) that switches the centre between
     * the search screen and {@code shortlists}. Call once.
     *
     * @param onShown run each time the shortlists screen is shown
     * @return the "Shortlists" toggle (e.g. a drop target)
     */
    public ToggleButton addShortlistsScreen(Supplier<Node> shortlists, Runnable onShown) {
        shortlistsFactory = shortlists;
        onShortlistsShown = onShown;
        searchCenter = getCenter();
        VBox top = (VBox) getTop();
        searchTop = java.util.List.copyOf(top.getChildren().subList(1, top.getChildren().size()));
        searchToggle = navToggle("navSearch", "main.nav.search", "main.nav.search.tooltip",
                new FontIcon(MaterialDesignM.MAGNIFY));
        shortlistsToggle = navToggle("navShortlists", "main.nav.shortlists", "main.nav.shortlists.tooltip",
                new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS));
        searchToggle.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        shortlistsToggle.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        ToggleGroup group = new ToggleGroup();
        searchToggle.setToggleGroup(group);
        shortlistsToggle.setToggleGroup(group);
        searchToggle.setSelected(true);
        // One of the two is always selected: clicking the selected one keeps it so.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            } else if (now == searchToggle) {
                showSearch(); // arrow keys move the selection between the toggles without an action
            } else if (now == shortlistsToggle) {
                showShortlists();
            }
        });
        searchToggle.setOnAction(e -> showSearch());
        shortlistsToggle.setOnAction(e -> showShortlists());
        Node menu = top.getChildren().remove(0);
        HBox.setHgrow(menu, Priority.ALWAYS);
        HBox toggles = new HBox(searchToggle, shortlistsToggle);
        toggles.setAlignment(Pos.CENTER);
        navBar = new HBox(8, menu, toggles);
        navBar.setAlignment(Pos.CENTER_LEFT);
        navBar.getStyleClass().add(StyleClasses.NAV_BAR);
        top.getChildren().add(0, navBar);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHOW_SEARCH.match(e)) {
                showSearch();
                e.consume();
            } else if (SHOW_SHORTLISTS.match(e)) {
                showShortlists();
                e.consume();
            }
        });
        return shortlistsToggle;
    }

    /** Shows the search screen (Ctrl+1). */
    public void showSearch() {
        if (shortlistsFactory == null) {
            return;
        }
        searchToggle.setSelected(true);
        if (getCenter() != searchCenter) {
            VBox top = (VBox) getTop();
            top.getChildren().setAll(navBar);
            top.getChildren().addAll(searchTop);
            setCenter(searchCenter);
        }
    }

    /** Shows the shortlists screen (Ctrl+2). */
    public void showShortlists() {
        if (shortlistsFactory == null) {
            return;
        }
        if (shortlistsScreen == null) {
            shortlistsScreen = shortlistsFactory.get();
        }
        shortlistsToggle.setSelected(true);
        if (getCenter() != shortlistsScreen) {
            ((VBox) getTop()).getChildren().setAll(navBar);
            setCenter(shortlistsScreen);
            onShortlistsShown.run();
        }
    }

    /** True while the shortlists screen is shown. */
    public boolean showingShortlists() {
        return shortlistsScreen != null && getCenter() == shortlistsScreen;
    }

    private static ToggleButton navToggle(String id, String key, String tooltip, FontIcon icon) {
        ToggleButton b = new ToggleButton(Messages.get(key), icon);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tooltip)));
        return b;
    }

    // ---- end of navigation ----

    private MenuBar createMenu(Runnable openSettings) {
        MenuItem settings = new MenuItem(Messages.get("main.menu.settings"), new FontIcon(MaterialDesignC.COG));
        settings.setId("settingsMenuItem");
        settings.setAccelerator(Shortcut.SETTINGS.combination());
        settings.setOnAction(e -> openSettings.run());
        MenuItem find = new MenuItem(Messages.get("main.menu.find"));
        find.setAccelerator(FOCUS_SEARCH);
        find.setOnAction(e -> focusFind());
        MenuItem quit = new MenuItem(Messages.get("main.menu.quit"));
        quit.setAccelerator(Shortcut.QUIT.combination());
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(Messages.get("main.menu.file"), null, find, settings, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem(Messages.get("main.menu.about"));
        about.setId("aboutMenuItem");
        about.setOnAction(e -> showAbout());
        help.getItems().setAll(shortcutsItem(), new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, help);
        bar.setId("mainMenu");
        return bar;
    }

    /** The Help menu's commands, supplied by the composition root (About with licences, data folder, diagnostics). */
    public void setHelpActions(Runnable about, Runnable openDataFolder, Runnable copyDiagnostics) {
        MenuItem aboutItem = new MenuItem(Messages.get("main.menu.about"));
        aboutItem.setId("aboutMenuItem");
        aboutItem.setOnAction(e -> about.run());
        MenuItem folder = new MenuItem(Messages.get("main.menu.openDataFolder"), new FontIcon(MaterialDesignF.FOLDER_OPEN));
        folder.setId("openDataFolderMenuItem");
        folder.setOnAction(e -> openDataFolder.run());
        MenuItem diagnostics = new MenuItem(Messages.get("main.menu.copyDiagnostics"),
                new FontIcon(MaterialDesignC.CONTENT_COPY));
        diagnostics.setId("copyDiagnosticsMenuItem");
        diagnostics.setOnAction(e -> copyDiagnostics.run());
        help.getItems().setAll(shortcutsItem(), new SeparatorMenuItem(), folder, diagnostics,
                new SeparatorMenuItem(), aboutItem);
    }

    private MenuItem shortcutsItem() {
        MenuItem item = new MenuItem(Messages.get("main.menu.shortcuts"), new FontIcon(MaterialDesignK.KEYBOARD));
        item.setId("shortcutsMenuItem");
        item.setAccelerator(Shortcut.SHORTCUTS.combination());
        item.setOnAction(e -> ShortcutsWindow.show(getScene() == null ? null : getScene().getWindow()));
        return item;
    }

    private void showAbout() {
        String version = MainView.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle(Messages.get("main.about.title"));
        alert.setHeaderText(Messages.format("main.about.header", version == null ? "dev" : version));
        alert.setContentText(Messages.get("main.about.text"));
        alert.showAndWait();
    }

    private Node createStatusBar(SearchViewModel search) {
        Label demo = new Label(Messages.get("main.status.demo"), new FontIcon(MaterialDesignF.FLASK_OUTLINE));
        demo.setId("demoBadge");
        demo.getStyleClass().addAll(StyleClasses.MODE_BADGE, StyleClasses.DEMO_BADGE);
        demo.visibleProperty().bind(search.showingDemoDataProperty().or(search.demoModeProperty()));
        demo.managedProperty().bind(demo.visibleProperty());
        Label live = new Label();
        live.setId("liveBadge");
        live.getStyleClass().addAll(StyleClasses.MODE_BADGE, StyleClasses.LIVE_BADGE);
        // A refused key turns the chip red: "Key rejected" (issue 11).
        live.textProperty().bind(javafx.beans.binding.Bindings.when(search.keyRejectedProperty())
                .then(Messages.get("main.status.keyRejected")).otherwise(Messages.get("main.status.live")));
        search.keyRejectedProperty().addListener((o, was, now) -> live.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("rejected"), now));
        live.visibleProperty().bind(demo.visibleProperty().not());
        live.managedProperty().bind(live.visibleProperty());
        statusRight.setId("statusBarRight");
        statusRight.setAlignment(Pos.CENTER_RIGHT);
        statusRight.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, demo, live, new Spacer(), statusRight);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }
}
