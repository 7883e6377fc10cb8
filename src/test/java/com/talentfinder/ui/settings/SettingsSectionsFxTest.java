package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings dialog shows Working hours and Team database (with Your name), and fits a 1024x700 screen. */
@ExtendWith(ApplicationExtension.class)
class SettingsSectionsFxTest {

    @TempDir
    Path home;

    private Stage owner;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 600, 400));
        stage.show();
    }

    @Test
    void theDialogHasTheThreeSectionsAndAnEndBeforeTheStartDisablesSave(FxRobot robot) {
        AppServices services = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()), Clock.systemUTC());
        robot.interact(SettingsDialog.opener(() -> owner, () -> new SettingsViewModel(SettingsServices.of(services),
                candidate -> request -> new SearchPage(request, 7, 7, List.of(), null, false),
                new SyncTaskRunner(), theme -> { })));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#workingHoursSettings").queryAs(TitledPane.class).getText()).isEqualTo("Working hours");
        assertThat(robot.lookup("#teamDatabaseSettings").queryAs(TitledPane.class).getText()).isEqualTo("Team database");
        assertThat(robot.lookup("#teamHostField").tryQuery()).isPresent();
        assertThat(robot.lookup("#teamPasswordField").tryQuery()).isPresent();
        assertThat(robot.lookup("#teamTestButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#teamCopyButton").queryAs(Button.class).isDisabled()).isTrue(); // no team database yet
        assertThat(robot.lookup("#memberNameField").tryQuery()).isPresent();

        Window dialog = robot.lookup("#settingsPane").query().getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(700);
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(1024);

        @SuppressWarnings("unchecked")
        ComboBox<LocalTime> end = robot.lookup("#workEndChoice").queryAs(ComboBox.class);
        robot.interact(() -> end.setValue(LocalTime.of(8, 0)));
        assertThat(robot.lookup("#workingHoursError").queryAs(Label.class).getText())
                .startsWith("The working day must end after it starts");
        assertThat(robot.lookup("#saveSettingsButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> ((Stage) dialog).close());
        services.close();
    }
}
