package com.talentfinder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.PortraitThumbnails;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchHistory;
import com.talentfinder.ui.search.SearchViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window's composition root, built once in {@code start()}: the task runner, the ViewModels and the
 * main view, all with {@code new}, on top of the non-UI {@link AppServices}.
 *
 * <p>The places marked {@code SEAM} are where the lead plugs in work done in parallel: the search source
 * decorators, the detail view, the Settings dialog and real portraits.
 */
public final class AppContext implements AutoCloseable {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    private final AppServices services;
    private final FxTaskRunner runner = new FxTaskRunner(2);
    private final SearchViewModel search;
    private final FilterViewModel filters;
    private final ResultsViewModel results;
    private final MainView mainView;
    private Stage stage;

    /** The production wiring. */
    public static AppContext create(AppServices services) {
        return new AppContext(services, buildSource(services));
    }

    /** Wiring with another search source (the dev main and tests). */
    public AppContext(AppServices services, FreelancerSource source) {
        this.services = services;
        this.search = new SearchViewModel(source, runner, history(services), new FxTicker(), this::demoMode);
        this.results = new ResultsViewModel(search);
        this.filters = results.filters();
        this.mainView = new MainView(search, filters, results,
                new MainView.Slots(createDetailPane(), this::openSettings, createThumbnails()));
    }

    /**
     * SEAM (source): the single place the window's search source is built. When {@code api.RetryingSource}
     * (and later the cache and pacer) exist in main, wrap here, e.g.
     * {@code return new RetryingSource(services.source(), ...);}. Note the window already counts down and
     * retries a 429 once itself ({@code SearchViewModel}).
     */
    static FreelancerSource buildSource(AppServices services) {
        return services.source();
    }

    /**
     * SEAM (detail): replace the placeholder with
     * {@code new DetailView(new DetailViewModel(search.selectedProperty(), ...))}; the detail pane binds to
     * the one shared selection, {@link SearchViewModel#selectedProperty()}.
     */
    private Node createDetailPane() {
        Label hint = new Label(Messages.get("main.detail.placeholder"));
        hint.setWrapText(true);
        StackPane pane = new StackPane(hint);
        pane.setId("detailPane");
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add(StyleClasses.DETAIL_PLACEHOLDER);
        return pane;
    }

    /**
     * SEAM (portraits): replace with an implementation backed by {@code services.portraits()} (loading off the
     * UI thread through the runner, cached), returning an observable image per freelancer.
     */
    private PortraitThumbnails createThumbnails() {
        return PortraitThumbnails.NONE;
    }

    /**
     * SEAM (settings): replace the body with the Settings dialog, e.g.
     * {@code new SettingsDialog(stage, settingsViewModel).showAndWait(); settingsChanged();}.
     */
    public void openSettings() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("main.settings.pending"));
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.showAndWait();
        settingsChanged();
    }

    /** Call after Settings were saved: applies the theme and refreshes the demo/live mode. */
    public void settingsChanged() {
        applyTheme(services.settings().theme());
        search.refreshMode();
    }

    /** Switches the whole application between {@code "light"} (Primer Light) and {@code "dark"} (Primer Dark). */
    public static void applyTheme(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows the main window on {@code stage}. */
    public void show(Stage primary) {
        this.stage = primary;
        applyTheme(services.settings().theme());
        Scene scene = new Scene(mainView, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainView.STYLESHEET);
        primary.setTitle(Messages.get("main.title"));
        primary.setMinWidth(MIN_WIDTH);
        primary.setMinHeight(MIN_HEIGHT);
        primary.setScene(scene);
        primary.show();
        Platform.runLater(mainView::focusSearchField);
    }

    /** True when searches are answered by the demo data: no key in the environment or in Settings. */
    private boolean demoMode() {
        return !services.keyFromEnvironment() && services.settings().apiKey() == null;
    }

    private static SearchHistory history(AppServices services) {
        return new SearchHistory() {
            @Override
            public void remember(SearchRequest request) {
                services.history().remember(request);
            }

            @Override
            public List<String> suggest(String typed, int limit) {
                return services.history().suggest(typed, limit);
            }
        };
    }

    public AppServices services() {
        return services;
    }

    public SearchViewModel searchViewModel() {
        return search;
    }

    public FilterViewModel filterViewModel() {
        return filters;
    }

    public ResultsViewModel resultsViewModel() {
        return results;
    }

    public MainView mainView() {
        return mainView;
    }

    public TaskRunner taskRunner() {
        return runner;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        runner.close();
        services.close();
    }
}
