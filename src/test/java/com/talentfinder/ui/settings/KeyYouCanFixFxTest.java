package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.talentfinder.api.ApiException;
import com.talentfinder.app.AppServices;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11, point 4, headless: with a (wrong) key in PARSE_API_KEY, the key field can still be edited and says
 * which key is in force; a key saved here wins; it says where a key comes from; the API URL waits under
 * "Advanced"; Test key says what it costs; an old outcome goes away when the key is edited.
 */
@ExtendWith(ApplicationExtension.class)
class KeyYouCanFixFxTest {

    @TempDir
    static Path home;
    private final AtomicInteger providerPages = new AtomicInteger();
    private AppServices services;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString(), "PARSE_API_KEY", "wrong-env-key"),
                Clock.systemUTC());
        SettingsViewModel vm = new SettingsViewModel(SettingsServices.of(services), candidate -> request -> {
            throw new ApiException(ApiException.Kind.UNAUTHORIZED, "The search service refused the API key.");
        }, new SyncTaskRunner(), theme -> { }, providerPages::incrementAndGet);
        stage.setScene(new Scene(new SettingsView(vm, () -> { }), 820, 620));
        stage.show();
    }

    @Test
    void aKeyFromTheEnvironmentCanBeReplacedHereAndTheFormSaysSo(FxRobot robot) throws Exception {
        TextField key = robot.lookup("#apiKeyField").queryAs(TextField.class);
        Label note = robot.lookup("#settingsKeyNote").queryAs(Label.class);
        assertThat(key.isDisabled()).isFalse();
        assertThat(note.getText()).isEqualTo("Using the key from the PARSE_API_KEY environment variable. "
                + "A key entered here is used instead of it.");
        assertThat(robot.lookup("#testKeyButton").queryAs(Button.class).getText()).contains("1 credit");
        assertThat(robot.lookup("#advancedSettings").queryAs(TitledPane.class).isExpanded()).isFalse();

        robot.clickOn("#getKeyLink");
        assertThat(providerPages.get()).isEqualTo(1);

        robot.clickOn("#testKeyButton");
        Label result = robot.lookup("#testResult").queryAs(Label.class);
        assertThat(result.getText()).contains("refused");
        robot.clickOn("#apiKeyField").write("right-key");
        assertThat(result.getText()).isEmpty();
        assertThat(note.getText()).startsWith("This key is used instead of the one in PARSE_API_KEY.");

        robot.clickOn("#saveSettingsButton");
        assertThat(services.mode().endpoint().key().reveal()).isEqualTo("right-key");
        assertThat(services.isDemo()).isFalse();
    }
}
