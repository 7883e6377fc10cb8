package com.talentfinder.ui;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.desktop.AppIcons;
import com.talentfinder.app.desktop.SingleInstance;
import com.talentfinder.app.desktop.WindowState;
import com.talentfinder.app.desktop.WindowStateStore;
import com.talentfinder.app.startup.Logging;
import com.talentfinder.app.startup.StartupTrace;
import com.talentfinder.app.startup.StartupWarmUp;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.recovery.RecoveryScreen;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: one instance per data folder, the composition root, and the window as the user
 * left it (size, position, columns, last search).
 */
public final class TalentFinderApp extends Application {

    private AppContext context;
    private SingleInstance instance;
    private WindowMemory memory;
    private Stage stage;
    private CompletableFuture<List<Image>> icons = CompletableFuture.completedFuture(List.of());

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        AppServices services = StartupWarmUp.takeServices();
        StartupTrace.mark("services taken");
        Logging.configure(services.dataFolder(), Level.INFO);
        SingleInstance.Outcome outcome = SingleInstance.acquireOrSignal(services.dataFolder(),
                () -> Platform.runLater(() -> bringToFront(stage)));
        if (outcome.instance().isEmpty()) {
            services.close();
            if (outcome.answered()) {
                // Another window is open on the same data: it has been brought forward instead.
                Platform.exit();
            } else {
                RecoveryScreen.showNotAnswering(stage, Platform::exit);
            }
            return;
        }
        instance = outcome.instance().get();
        StartupTrace.mark("single instance");
        icons = decodeIcons();
        // The recovery screen's window gets them when they are ready; the main window before it shows.
        icons.thenAccept(list -> Platform.runLater(() -> {
            if (stage.getIcons().isEmpty()) {
                stage.getIcons().setAll(list);
            }
        }));
        // A damaged database or settings file opens a recovery screen first, never a crash.
        RecoveryScreen.checkThenOpen(services, stage, () -> openMain(services, stage), Platform::exit);
    }

    private void openMain(AppServices services, Stage stage) {
        StartupTrace.mark("data checked");
        memory = new WindowMemory(new WindowStateStore(services.dataFolder()));
        context = AppContext.create(services, getHostServices());
        StartupTrace.mark("window built");
        memory.restoreBounds(stage);
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(icons.join()); // decoded while the window was built
        }
        context.show(stage);
        StartupTrace.mark("window shown");
        memory.restoreLayout(stage.getScene());
        restoreLastSearch(memory.state());
        this.stage = stage;
        StartupProbe.fromArgs(getParameters().getRaw()).ifPresent(probe -> probe.attach(context));
    }

    /**
     * Puts the last search back in the search bar; shows its results only when the cache has them, so
     * starting the app never spends a credit.
     */
    private void restoreLastSearch(WindowState state) {
        if (state.lastQuery() == null) {
            return;
        }
        var search = context.searchViewModel();
        search.queryProperty().set(state.lastQuery());
        if (state.perPage() > 0 && com.talentfinder.ui.search.SearchViewModel.PAGE_SIZES.contains(state.perPage())) {
            search.perPageProperty().set(state.perPage());
        }
        SearchRequest first;
        try {
            first = new SearchRequest(state.lastQuery(), 1, search.perPageProperty().get());
        } catch (IllegalArgumentException e) {
            return; // a stored query that is no longer valid stays in the field for the user to fix
        }
        context.taskRunner().run("restore last search", p -> context.services().mode().chain().isCached(first),
                cached -> {
                    if (cached && search.results().isEmpty() && !search.busyProperty().get()) {
                        search.search();
                    }
                }, error -> { });
    }

    /**
     * The window's icons in every size, decoded on a thread of their own while the data is checked and the window
     * built (eight PNGs up to 512 px were ~5 % of the UI thread's start-up).
     */
    private static CompletableFuture<List<Image>> decodeIcons() {
        CompletableFuture<List<Image>> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(AppIcons.paths().stream()
                        .map(p -> new Image(AppIcons.class.getResource(p).toExternalForm())).toList());
            } catch (RuntimeException | Error e) {
                result.complete(List.of()); // the platform's default icon rather than no window
            }
        }, "talent-finder-icons");
        t.setDaemon(true);
        t.start();
        return result;
    }

    private static void bringToFront(Stage stage) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public void stop() {
        if (memory != null && stage != null && context != null) {
            // Runs for the close button and for File > Quit alike.
            memory.save(stage, context.searchViewModel().queryProperty().get(),
                    context.searchViewModel().perPageProperty().get());
        }
        if (context != null) {
            context.close();
        }
        if (instance != null) {
            instance.close();
        }
    }
}
