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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The main window's content: menu and search bar on top, filters and results beside the detail pane,
 * and a status bar. Knows its ViewModels only; everything it cannot build itself comes in as {@link Slots}.
 */
public final class MainView extends BorderPane {

    /** The app-wide stylesheet; add it to the Scene so popups get it too. */
    public static final String STYLESHEET = Objects.requireNonNull(
            MainView.class.getResource("app.css")).toExternalForm();

    static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_PAGE = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT_PAGE = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

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
    private final HBox statusRight = new HBox(12);

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
        SplitPane split = new SplitPane(left, slots.detailPane());
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(slots.detailPane(), false);
        setCenter(split);
        setBottom(createStatusBar(search));

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FOCUS_SEARCH.match(e)) {
                searchView.focusSearchField();
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

    /** Puts the caret in the search field (done once the window shows). */
    public void focusSearchField() {
        searchView.focusSearchField();
    }

    /** The right side of the status bar, for figures such as the credit meter. */
    public HBox statusBarRight() {
        return statusRight;
    }

    private MenuBar createMenu(Runnable openSettings) {
        MenuItem settings = new MenuItem(Messages.get("main.menu.settings"), new FontIcon(MaterialDesignC.COG));
        settings.setId("settingsMenuItem");
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> openSettings.run());
        MenuItem find = new MenuItem(Messages.get("main.menu.find"));
        find.setAccelerator(FOCUS_SEARCH);
        find.setOnAction(e -> searchView.focusSearchField());
        MenuItem quit = new MenuItem(Messages.get("main.menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(Messages.get("main.menu.file"), null, find, settings, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem(Messages.get("main.menu.about"));
        about.setId("aboutMenuItem");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(Messages.get("main.menu.help"), null, about);
        MenuBar bar = new MenuBar(file, help);
        bar.setId("mainMenu");
        return bar;
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
        Label live = new Label(Messages.get("main.status.live"));
        live.setId("liveBadge");
        live.getStyleClass().addAll(StyleClasses.MODE_BADGE, StyleClasses.LIVE_BADGE);
        live.visibleProperty().bind(demo.visibleProperty().not());
        live.managedProperty().bind(live.visibleProperty());
        statusRight.setId("statusBarRight");
        statusRight.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(8, demo, live, new Spacer(), statusRight);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }
}
