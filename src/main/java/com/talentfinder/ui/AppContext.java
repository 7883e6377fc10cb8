package com.talentfinder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.ui.search.AllPagesFetcher;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.PortraitThumbnails;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchHistory;
import com.talentfinder.ui.search.SearchViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.ui.common.CreditMeterView;
import com.talentfinder.ui.common.CreditMeterViewModel;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.FxDesktopActions;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.detail.DetailView;
import com.talentfinder.ui.detail.DetailViewModel;
import com.talentfinder.ui.settings.SettingsDialog;
import com.talentfinder.ui.settings.SettingsViewModel;
import com.talentfinder.ui.shortlist.ShortlistFeature;
import com.talentfinder.app.desktop.Diagnostics;
import com.talentfinder.ui.common.DesktopFolderOpener;
import com.talentfinder.ui.help.AboutDialog;
import com.talentfinder.ui.help.HelpViewModel;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.application.HostServices;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
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
    private static final double THUMBNAIL_SIZE = 32;

    private final AppServices services;
    private final FxTaskRunner runner = new FxTaskRunner(2);
    /** A separate pool, so portraits never queue behind searches. */
    private final FxTaskRunner portraitRunner = new FxTaskRunner(2);
    private final PortraitImages portraits;
    private final DesktopActions desktop;
    private final SearchViewModel search;
    private final FilterViewModel filters;
    private final ResultsViewModel results;
    private final MainView mainView;
    private final CreditMeterViewModel credits;
    private final List<Runnable> waitListeners = new ArrayList<>();
    private final ShortlistFeature shortlists;
    private Stage stage;

    /** The production wiring. */
    public static AppContext create(AppServices services, HostServices host) {
        return create(services, new FxDesktopActions(host));
    }

    /** The production wiring with given desktop actions (tests against a loopback server). */
    public static AppContext create(AppServices services, DesktopActions desktop) {
        AllPagesFetcher allPages = AllPagesFetcher.of(
                () -> new BatchPlanner(r -> services.mode().chain().isCached(r), services.creditMeter(),
                        services.isDemo() ? null : services.limiter()),
                () -> new BatchFetcher(services.mode().chain(), services.isDemo() ? null : services.limiter()));
        return new AppContext(services, services.source(), request -> services.mode().chain().searchFresh(request),
                desktop, allPages);
    }

    /**
     * Wiring with a given search source (the dev main and tests pass fakes). The source is the whole chain:
     * cache, retries with Retry-After, pacing and the credit ledger live behind it in {@link AppServices}.
     */
    public AppContext(AppServices services, FreelancerSource source, DesktopActions desktop) {
        this(services, source, source, desktop);
    }

    /** @param refreshSource answers "Refresh": it must call even when the page is cached */
    public AppContext(AppServices services, FreelancerSource source, FreelancerSource refreshSource,
                      DesktopActions desktop) {
        this(services, source, refreshSource, desktop, AllPagesFetcher.over(source));
    }

    private AppContext(AppServices services, FreelancerSource source, FreelancerSource refreshSource,
                       DesktopActions desktop, AllPagesFetcher allPages) {
        this.services = services;
        this.desktop = desktop;
        this.portraits = new PortraitImages(services.portraits(), portraitRunner);
        this.search = new SearchViewModel(source, refreshSource, runner, history(services), new FxTicker(),
                services.clock(), this::demoMode, () -> demoMode() ? 0 : services.creditMeter().status().used(),
                allPages);
        this.results = new ResultsViewModel(search);
        this.filters = results.filters();
        this.shortlists = ShortlistFeature.create(services, runner, portraitRunner, desktop, () -> stage);
        this.mainView = new MainView(search, filters, results,
                new MainView.Slots(createDetailPane(), this::openSettings, createThumbnails()));
        this.credits = createCreditMeter();
        followWaits();
        installShortlists();
        installHelp();
    }

    /** Help: Open data folder, Copy diagnostics (no key, ever), About with the libraries' licences. */
    private void installHelp() {
        HelpViewModel help = new HelpViewModel(services.dataFolder(),
                () -> Diagnostics.collect(services, System.getProperty("javafx.runtime.version")), runner,
                new DesktopFolderOpener(), desktop);
        Label notice = new Label();
        notice.setId("helpNotice");
        notice.textProperty().bind(help.noticeProperty());
        mainView.statusBarRight().getChildren().add(0, notice);
        mainView.setHelpActions(() -> AboutDialog.show(stage, help), help::openDataFolder, help::copyDiagnostics);
    }

    /** SEAM shortlists: the Search | Shortlists toggle and screen. */
    private void installShortlists() {
        javafx.scene.control.ToggleButton toggle = mainView.addShortlistsScreen(shortlists::screen,
                shortlists::screenShown);
        shortlists.acceptDropsOn(toggle, mainView::showShortlists);
    }

    /** SEAM shortlists: the results table's menu, Ctrl+S, Ctrl+E and drag (the table exists once skinned). */
    @SuppressWarnings("unchecked")
    private void installResultsActions() {
        mainView.applyCss();
        var table = (javafx.scene.control.TableView<com.talentfinder.domain.Freelancer>)
                mainView.lookup("#resultsTable");
        if (table != null) {
            shortlists.installOnResults(table, () -> ShortlistFeature.resultsCaption(
                    search.currentRequest() == null ? null : search.currentRequest().query()));
        }
    }

    // SEAM (issue 5, window side): the credit meter in the status bar, and the countdown of pacing and
    // Retry-After waits in the search bar. Both listeners run on the waiting/calling thread: hop to FX.
    private CreditMeterViewModel createCreditMeter() {
        CreditMeterViewModel meter = new CreditMeterViewModel(new CreditMeterViewModel.Source() {
            @Override
            public CreditStatus status() {
                return services.creditMeter().status();
            }

            @Override
            public Runnable addListener(Consumer<CreditStatus> listener) {
                return services.creditMeter().addListener(listener);
            }

            @Override
            public Plan plan() {
                return services.plan();
            }

            @Override
            public int callsPerMinute() {
                return services.limiter().callsPerMinute();
            }

            @Override
            public boolean planFromEnvironment() {
                return services.planFromEnvironment();
            }

            @Override
            public boolean demo() {
                return demoMode();
            }
        }, runner, Platform::runLater);
        mainView.statusBarRight().getChildren().add(new CreditMeterView(meter));
        return meter;
    }

    private void followWaits() {
        RateLimiter.Registration paced = services.limiter().addWaitListener(
                remaining -> Platform.runLater(() -> search.waits().pacing(remaining)));
        waitListeners.add(paced::close);
        waitListeners.add(services.addRetryWaitListener(
                (remaining, attempt) -> Platform.runLater(() -> search.waits().retrying(remaining, attempt))));
    }
    // END SEAM (issue 5)

    /** The profile of the selected row: bound to the one shared selection. */
    private Node createDetailPane() {
        DetailView detail = new DetailView(new DetailViewModel(search.selectedProperty(), portraits,
                services.clock(), desktop));
        // SEAM shortlists: "Add to shortlist" and the lists the selected freelancer is on, above the profile.
        javafx.scene.layout.VBox.setVgrow(detail, javafx.scene.layout.Priority.ALWAYS);
        return new javafx.scene.layout.VBox(shortlists.detailBar(search.selectedProperty()), detail);
    }

    /** Table thumbnails from the same portrait cache as the detail pane. */
    private PortraitThumbnails createThumbnails() {
        return f -> {
            ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
            portraits.request(f.portraitUrl(), THUMBNAIL_SIZE, image::set);
            return image.getReadOnlyProperty();
        };
    }

    /** Opens the Settings dialog; on save the theme and the demo/live mode follow at once. */
    public void openSettings() {
        SettingsDialog.opener(() -> stage, () -> new SettingsViewModel(services, services::sourceFor, runner,
                theme -> settingsChanged(), desktop::openProviderPage)).run();
    }

    /** Call after Settings were saved: applies the theme and refreshes the demo/live mode. */
    public void settingsChanged() {
        applyTheme(services.settings().theme());
        search.refreshMode();
        credits.refresh();
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
        installResultsActions();
        Platform.runLater(mainView::focusSearchField);
    }

    /** True when searches are answered by the demo data: no key in the environment or in Settings. */
    private boolean demoMode() {
        return !services.environmentHasKey() && services.settings().apiKey() == null;
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

    public ShortlistFeature shortlists() {
        return shortlists;
    }

    public TaskRunner taskRunner() {
        return runner;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        credits.close();
        waitListeners.forEach(Runnable::run);
        runner.close();
        portraitRunner.close();
        services.close();
    }
}
