package com.talentfinder.ui;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.desktop.Diagnostics;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.common.CreditMeterView;
import com.talentfinder.ui.common.CreditMeterViewModel;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.DesktopFolderOpener;
import com.talentfinder.ui.common.FxDesktopActions;
import com.talentfinder.ui.common.MembershipMarks;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.detail.DetailView;
import com.talentfinder.ui.detail.DetailViewModel;
import com.talentfinder.ui.help.AboutDialog;
import com.talentfinder.ui.help.HelpViewModel;
import com.talentfinder.ui.insights.DailyCheckViewModel;
import com.talentfinder.ui.insights.InsightsFeature;
import com.talentfinder.ui.saved.SavedSearchesFeature;
import com.talentfinder.ui.search.AllPagesFetcher;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.ModeBadges;
import com.talentfinder.ui.search.PortraitThumbnails;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchFeature;
import com.talentfinder.ui.search.SearchViewModel;
import com.talentfinder.ui.settings.SettingsDialog;
import com.talentfinder.ui.settings.SettingsServices;
import com.talentfinder.ui.settings.SettingsViewModel;
import com.talentfinder.ui.shortlist.ShortlistFeature;
import java.util.ArrayList;
import java.util.List;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's composition root, built once in {@code start()}: the task runner, the ViewModels and the
 * main view, all with {@code new}, on top of the non-UI {@link AppServices}.
 *
 * <p>Screens are registered in one place (the {@link ScreenRegistry} built in the constructor); features reach
 * each other only through the hooks wired here (the results table's shortlist menu, the profile pane).
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
    private final CreditMeterView creditView;
    private final InsightsWiring insightsWiring;
    private final List<Runnable> waitListeners = new ArrayList<>();
    private final ShortlistFeature shortlists;
    private final InsightsFeature insights;
    private final SearchFeature searchScreen;
    private final CurrentRanking ranking;
    private final DailyCheckViewModel dailyCheck;
    private final SavedSearchesFeature saved;
    private final MembershipMarks memberships;
    private DetailViewModel searchDetail;
    private Stage stage;

    /** The production wiring. */
    public static AppContext create(AppServices services, HostServices host) {
        return create(services, new FxDesktopActions(host));
    }

    /** The production wiring with given desktop actions (tests against a loopback server). */
    public static AppContext create(AppServices services, DesktopActions desktop) {
        AllPagesFetcher allPages = AllPagesFetcher.of(services.batches()::planner, services.batches()::fetcher);
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
        // The theme before the first control: Control's class initialiser loads JavaFX's own Modena stylesheet
        // unless an application stylesheet is already set, and the window would then load both (issue 13).
        applyTheme(services.settings().theme());
        this.portraits = new PortraitImages(services.portraits(), portraitRunner);
        this.search = new SearchViewModel(source, refreshSource, runner, ServiceAdapters.history(services),
                new FxTicker(), services.clock(), this::demoMode,
                () -> demoMode() ? 0 : services.creditMeter().status().used(), allPages);
        // The ranking in force: the Insights ranking panel sets it, the results' and shortlists' Score follow it.
        this.ranking = new CurrentRanking();
        this.results = new ResultsViewModel(search, ranking);
        this.filters = results.filters();
        this.shortlists = ShortlistFeature.create(services, runner, portraitRunner, this::profilePane, () -> stage);
        shortlists.useRanking(ranking);
        // "Already on a list" marks and the overlap filter: the search feature reads them through ports.
        this.memberships = new MembershipMarks(shortlists.memberships(), runner);
        filters.useWorkingDay(() -> services.settings().workingHours(), services.clock());
        this.searchScreen = new SearchFeature(search, filters, results,
                new SearchFeature.Slots(createDetailPane(), this::openSettings, PortraitThumbnails.from(portraits, THUMBNAIL_SIZE)));
        searchScreen.useMemberships(memberships);
        // The screens, in toggle order (Ctrl+1, Ctrl+2, …): one line per screen.
        this.insightsWiring = InsightsWiring.of(services, runner, ranking, () -> stage);
        this.insights = insightsWiring.screen();
        this.dailyCheck = insightsWiring.dailyCheck();
        this.saved = new SavedSearchesFeature(SavedSearches.of(services, false), runner, services.clock(),
                this::profilePane, portraits, () -> stage);
        ScreenRegistry screens = new ScreenRegistry()
                .register(searchScreen)
                .register(shortlists)
                .register(insights)
                .register(saved);
        SavedSearchWiring.connect(searchScreen, saved, search, filters);
        this.mainView = new MainView(new MainViewModel(screens), this::openSettings, new ModeBadges(search));
        // The shortlists feature adds its menu, Ctrl+S, Ctrl+E and dragging to the results table.
        searchScreen.onResultsTable(table -> shortlists.installOnResults(table, () -> ShortlistFeature
                .resultsCaption(search.currentRequest() == null ? null : search.currentRequest().query())));
        this.credits = new CreditMeterViewModel(ServiceAdapters.credits(services, this::demoMode), runner,
                Platform::runLater);
        this.creditView = new CreditMeterView(credits);
        mainView.statusBarRight().getChildren().add(creditView);
        mainView.statusBarRight().getChildren().add(0, shortlists.connectionStatus());
        followWaits();
        installHelp();
        mainView.statusBarRight().getChildren().add(0, insightsWiring.dailyNotice());
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

    /** The countdown of pacing and Retry-After waits in the search bar; listeners run on the waiting thread. */
    private void followWaits() {
        RateLimiter.Registration paced = services.limiter().addWaitListener(
                remaining -> Platform.runLater(() -> search.waits().pacing(remaining)));
        waitListeners.add(paced::close);
        waitListeners.add(services.addRetryWaitListener(
                (remaining, attempt) -> Platform.runLater(() -> search.waits().retrying(remaining, attempt))));
    }

    /** A profile pane over a selection (the search window's and the shortlists screen's). */
    private Node profilePane(ReadOnlyObjectProperty<Freelancer> selection, PortraitImages images) {
        return new DetailView(new DetailViewModel(selection, images, services.clock(), desktop));
    }

    /** The profile of the selected row, with the shortlists' "Add to shortlist" bar above it. */
    private Node createDetailPane() {
        searchDetail = new DetailViewModel(search.selectedProperty(), portraits, services.clock(), desktop,
                () -> services.settings().workingHours(), memberships);
        Node detail = new DetailView(searchDetail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        return new VBox(shortlists.detailBar(search.selectedProperty()), detail);
    }

    /** Opens the Settings dialog; on save the theme and the demo/live mode follow at once. */
    public void openSettings() {
        SettingsDialog.opener(() -> stage, () -> new SettingsViewModel(SettingsServices.of(services), services::sourceFor, runner,
                theme -> settingsChanged(), desktop::openProviderPage)).run();
    }

    /** Call after Settings were saved: applies the theme and refreshes the demo/live mode. */
    public void settingsChanged() {
        applyTheme(services.settings().theme());
        search.refreshMode();
        credits.refresh();
        filters.workingHoursChanged();
        searchDetail.refreshLocalTime();
    }

    /** Switches the whole application between {@code "light"} and {@code "dark"}: see {@link Themes}. */
    public static void applyTheme(String theme) {
        Themes.apply(theme);
    }

    /** Shows the main window on {@code stage}. */
    public void show(Stage primary) {
        this.stage = primary;
        Scene scene = new Scene(mainView, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Themes.STYLESHEET);
        primary.setTitle(Messages.get("main.title"));
        primary.setMinWidth(MIN_WIDTH);
        primary.setMinHeight(MIN_HEIGHT);
        primary.setScene(scene);
        // The caret is in the search field in the very first frame (the window takes typing at once); again after
        // the show, in case the platform moved the focus while the window opened.
        mainView.focusSearchField();
        primary.show();
        Platform.runLater(mainView::focusSearchField);
        // After the first frame, and off the UI thread: the optional daily watchlist check (off unless chosen).
        Platform.runLater(() -> Platform.runLater(dailyCheck::start));
        Platform.runLater(saved::checkAtStart);
    }

    /** True when searches are answered by the demo data: no key in the environment or in Settings. */
    private boolean demoMode() {
        return services.demoInForce();
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

    public SearchFeature searchScreen() {
        return searchScreen;
    }

    /** The ranking in force for every Score column. */
    public CurrentRanking ranking() {
        return ranking;
    }

    public InsightsFeature insights() {
        return insights;
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
        insights.dispose();
        creditView.close();
        saved.dispose();
        shortlists.close();
        credits.close();
        waitListeners.forEach(Runnable::run);
        runner.close();
        portraitRunner.close();
        services.close();
    }
}
