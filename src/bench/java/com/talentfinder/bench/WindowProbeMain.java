package com.talentfinder.bench;

import com.talentfinder.app.AppServices;
import com.talentfinder.ui.AppContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A child JVM that opens the real main window (demo mode, the data folder from {@code TALENT_FINDER_HOME}) and
 * runs one scenario on it, printing {@code KEY value} lines: {@code enter} ({@link EnterToRowsScenario}) or
 * {@code browse} ({@link BrowseScenario}).
 */
public final class WindowProbeMain {

    private static final CompletableFuture<AppContext> WINDOW = new CompletableFuture<>();

    private WindowProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "enter";
        Thread fx = new Thread(() -> Application.launch(Window.class), "fx-launcher");
        fx.setDaemon(true);
        fx.start();
        AppContext context = WINDOW.get(60, TimeUnit.SECONDS);
        int code = 0;
        try {
            if (scenario.equals("browse")) {
                new BrowseScenario(context).run();
            } else {
                new EnterToRowsScenario(context).run();
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            code = 1;
        }
        System.out.flush();
        Platform.runLater(Platform::exit);
        Thread.sleep(500);
        System.exit(code);
    }

    /** The window, built as {@code TalentFinderApp} builds it. */
    public static final class Window extends Application {
        private AppContext context;

        @Override
        public void start(Stage stage) {
            context = AppContext.create(AppServices.fromEnvironment(), getHostServices());
            context.show(stage);
            WINDOW.complete(context);
        }

        @Override
        public void stop() {
            if (context != null) {
                context.close();
            }
        }
    }
}
