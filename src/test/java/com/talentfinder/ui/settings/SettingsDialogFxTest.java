package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogFxTest {

    @TempDir
    Path home;

    private Stage owner;
    private final List<String> themes = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 600, 400));
        stage.show();
    }

    private Runnable opener() {
        AppServices services = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()),
                Clock.systemUTC());
        return SettingsDialog.opener(() -> owner, () -> new SettingsViewModel(SettingsServices.of(services),
                candidate -> request -> new SearchPage(request, 7, 7, List.of(), null, false),
                new SyncTaskRunner(), themes::add));
    }

    @Test
    void savesATypedKeyWithEnter(FxRobot robot) throws Exception {
        Runnable open = opener();
        robot.interact(open);

        robot.clickOn("#apiKeyField").write("typed-key-42");
        robot.clickOn("#themeDark");
        robot.clickOn("#apiKeyField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(home.resolve("api-key"))).isEqualTo("typed-key-42");
        assertThat(themes).containsExactly("dark");
        assertThat(robot.lookup("#settingsPane").tryQuery()).isEmpty();
    }

    @Test
    void escapeCancelsWithoutSaving(FxRobot robot) {
        robot.interact(opener());

        robot.clickOn("#apiKeyField").write("not-saved");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(home.resolve("api-key")).doesNotExist();
        assertThat(robot.lookup("#settingsPane").tryQuery()).isEmpty();
    }

    @Test
    void testKeyReportsTheOutcome(FxRobot robot) {
        robot.interact(opener());

        robot.clickOn("#apiKeyField").write("k");
        robot.clickOn("#testKeyButton");

        assertThat(robot.lookup("#testResult").queryAs(Label.class).getText())
                .isEqualTo("The key works: 7 freelancers found for a test search.");
    }
}
