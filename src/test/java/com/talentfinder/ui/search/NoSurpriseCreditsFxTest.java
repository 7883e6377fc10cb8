package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.DesktopActions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * Issue 11, point 2, through the real chain (cache, retry, pacing, ledger) against a loopback server that keeps
 * answering 503 "blocked" with Retry-After: 1 s. The window makes at most two calls, says so in one sentence
 * plus the credits used, and then asks before spending another.
 */
@ExtendWith(ApplicationExtension.class)
class NoSurpriseCreditsFxTest {

    @TempDir
    static Path home;
    private StubApiServer server;
    private AppContext context;

    @Start
    void start(Stage stage) {
        server = StubApiServer.start();
        server.route("/search_freelancers", req -> Response.json(503,
                ApiFixtures.errorBody("blocked", 403, "Blocked, try again in 2 seconds", 503))
                .withHeader("Retry-After", "1"));
        AppServices services = new AppServices(Map.of("PARSE_API_KEY", "k-live", "TALENT_FINDER_HOME",
                home.resolve("blocked").toString(), "TALENT_FINDER_API_URL", server.baseUrl().toString(),
                "TALENT_FINDER_CALLS_PER_MINUTE", "1000"), Clock.systemDefaultZone());
        context = new AppContext(services, services.source(), req -> services.mode().chain().searchFresh(req),
                new DesktopActions() {
                    @Override
                    public void openInBrowser(String url) {
                    }

                    @Override
                    public void copyToClipboard(String text) {
                    }
                });
        context.show(stage);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aBlockedSearchCostsAtMostTwoCallsAndTheBannerSaysWhatItUsed(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("react").type(KeyCode.ENTER);
        Node banner = robot.lookup("#errorBanner").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, banner::isVisible);
        WaitForAsyncUtils.waitForFxEvents(); // the labels are read from this thread: let the FX thread finish

        assertThat(server.requestCount()).isEqualTo(2);
        String title = robot.lookup("#errorBannerTitle").queryAs(Label.class).getText();
        String detail = robot.lookup("#errorBannerDetail").queryAs(Label.class).getText();
        assertThat(title).startsWith("Upwork is blocking searches for now. You can try again in");
        assertThat(title).doesNotContain("later");
        assertThat(detail).isEqualTo("This search used 2 credits.");

        // The countdown ends without a call of its own: the banner then asks, saying what a retry costs.
        Button action = robot.lookup("#errorBannerAction").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Try again (1 credit)".equals(action.getText()));
        Thread.sleep(1500);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
