package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.settings.SettingsServices;
import com.talentfinder.ui.settings.SettingsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, points 3 and 4, through the real composition root and a loopback "live" server: saving a key re-runs
 * the search on screen live (demo pages never answer for it), results say where they came from, and a refused
 * key turns the status chip red until a key saved in Settings (which wins over PARSE_API_KEY) works.
 */
@ExtendWith(ApplicationExtension.class)
class DemoLiveAndKeyFxTest {

    @TempDir
    Path home;
    private Stage stage;
    private StubApiServer server;
    private AppContext context;

    @Start
    void start(Stage primary) {
        stage = primary;
        server = StubApiServer.start();
        server.route("/search_freelancers", req -> "right-key".equals(req.header("X-API-Key"))
                ? Response.ok(ApiFixtures.page(1, 25, 2, 1, List.of(ApiFixtures.freelancer("~live1", "Live One"),
                        ApiFixtures.freelancer("~live2", "Live Two"))))
                : Response.json(401, ApiFixtures.errorBody("unauthorized", 401, "Invalid key", 401)));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        server.close();
    }

    private void open(FxRobot robot, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        env.put("TALENT_FINDER_API_URL", server.baseUrl().toString());
        env.put("TALENT_FINDER_CALLS_PER_MINUTE", "1000");
        AppServices services = new AppServices(env, Clock.systemDefaultZone());
        robot.interact(() -> {
            context = AppContext.create(services, new DesktopActions() {
                @Override
                public void openInBrowser(String url) {
                }

                @Override
                public void copyToClipboard(String text) {
                }
            });
            context.show(stage);
        });
    }

    private void saveKey(FxRobot robot, String key) {
        robot.interact(() -> {
            SettingsViewModel settings = new SettingsViewModel(SettingsServices.of(context.services()), context.services()::sourceFor,
                    context.taskRunner(), theme -> context.settingsChanged());
            settings.apiKeyProperty().set(key);
            assertThat(settings.save()).isTrue();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNames(FxRobot robot) {
        TableView<Freelancer> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        return table.getItems().stream().map(Freelancer::name).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void savingAKeyRunsTheSearchOnScreenAgainLive(FxRobot robot) throws Exception {
        open(robot, Map.of());
        robot.clickOn("#searchField").write("react developer").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownNames(robot).size() == 25);
        assertThat(text(robot, "#pageOrigin")).isEqualTo("Demo data");
        assertThat(server.requestCount()).isZero();

        saveKey(robot, "right-key");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownNames(robot).size() == 2);

        assertThat(shownNames(robot)).containsExactly("Live One", "Live Two");
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.lastRequest().header("X-API-Key")).isEqualTo("right-key");
        assertThat(text(robot, "#pageOrigin")).isEqualTo("Fetched just now");
        assertThat(robot.lookup("#demoBadge").query().isVisible()).isFalse();
    }

    @Test
    void aRefusedKeyTurnsTheChipRedUntilAKeySavedInSettingsWorks(FxRobot robot) throws Exception {
        open(robot, Map.of("PARSE_API_KEY", "wrong-env-key"));
        robot.clickOn("#searchField").write("react developer").type(KeyCode.ENTER);
        Label chip = robot.lookup("#liveBadge").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Key rejected".equals(chip.getText()));
        assertThat(chip.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("rejected"));
        assertThat(text(robot, "#errorBannerDetail")).isEqualTo("This search used 1 credit.");

        saveKey(robot, "right-key");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownNames(robot).size() == 2);

        assertThat(chip.getText()).isEqualTo("Live: parse.bot");
        assertThat(chip.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("rejected"));
        assertThat(server.lastRequest().header("X-API-Key")).isEqualTo("right-key");
    }
}
