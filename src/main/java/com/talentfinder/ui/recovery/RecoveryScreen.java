package com.talentfinder.ui.recovery;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.startup.StartupCheck;
import com.talentfinder.app.startup.StartupProblem;
import com.talentfinder.app.startup.StartupWarmUp;
import com.talentfinder.ui.FxTaskRunner;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Themes;
import com.talentfinder.ui.common.DesktopFolderOpener;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Start-up's guard: checks the data off the UI thread, then either goes on with the main window or shows
 * {@link RecoveryView} in the same stage until the user has chosen what to do.
 */
public final class RecoveryScreen {

    private RecoveryScreen() {
    }

    /**
     * Checks the data of {@code services}; runs {@code openMain} on the FX thread when it opens as it is (at once
     * or after the user's choice), or {@code quit} when the user quits.
     */
    public static void checkThenOpen(AppServices services, Stage stage, Runnable openMain, Runnable quit) {
        // The start-up warm-up has usually checked the data already, while the toolkit started (issue 13).
        StartupWarmUp.EarlyCheck early = StartupWarmUp.takeCheck(services);
        StartupCheck check = early.check();
        if (early.outcome() != null && early.outcome().isDone() && !early.outcome().isCompletedExceptionally()
                && early.outcome().join().isEmpty()) {
            openMain.run(); // no hop through another thread and the next pulse
            return;
        }
        FxTaskRunner runner = new FxTaskRunner(1);
        runner.run("check the data", p -> early.outcome() != null ? early.outcome().join() : check.run(), first -> {
            if (first.isEmpty()) {
                runner.close();
                openMain.run();
                return;
            }
            RecoveryViewModel vm = new RecoveryViewModel(first.get(), actions(check), runner,
                    new DesktopFolderOpener(), services.dataFolder(), () -> {
                        runner.close();
                        openMain.run();
                        stage.centerOnScreen(); // the main window is larger than this screen was
                    }, () -> {
                        runner.close();
                        quit.run();
                    });
            show(stage, new RecoveryView(vm), services.settings().theme());
        }, failure -> {
            runner.close();
            openMain.run();
        });
    }

    /** A window that says the running instance did not answer, instead of quitting silently. */
    public static void showNotAnswering(Stage stage, Runnable quit) {
        Label title = new Label(Messages.get("instance.notAnswering.title"));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        Label text = new Label(Messages.get("instance.notAnswering.text"));
        text.setId("notAnsweringText");
        text.setWrapText(true);
        Button ok = new Button(Messages.get("recovery.quit"));
        ok.setDefaultButton(true);
        ok.setOnAction(e -> quit.run());
        VBox box = new VBox(14, title, text, ok);
        box.setPadding(new javafx.geometry.Insets(24));
        box.getStyleClass().add("recovery-view");
        Themes.apply("light");
        stage.setTitle(Messages.get("instance.notAnswering.title"));
        Scene scene = new Scene(box, 560, 240);
        scene.getStylesheets().add(RecoveryView.STYLESHEET);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> quit.run());
        stage.show();
    }

    private static RecoveryViewModel.Actions actions(StartupCheck check) {
        return new RecoveryViewModel.Actions() {
            @Override
            public Optional<StartupProblem> check() {
                return check.run();
            }

            @Override
            public void startFresh(StartupProblem problem) throws Exception {
                check.keepAsideAndStartFresh(problem);
            }

            @Override
            public void restoreBackup(StartupProblem problem) throws Exception {
                check.restoreNewestBackup(problem);
            }

            @Override
            public void acceptDefaultSettings() throws Exception {
                check.acceptDefaultSettings();
            }
        };
    }

    private static void show(Stage stage, RecoveryView view, String theme) {
        Themes.apply(theme);
        Scene scene = new Scene(view, 900, 600);
        scene.getStylesheets().add(RecoveryView.STYLESHEET);
        stage.setTitle(Messages.get("recovery.window.title"));
        stage.setScene(scene);
        stage.show();
        Platform.runLater(view::requestFocus);
    }
}
