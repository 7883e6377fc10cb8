package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.DesktopActions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real composition root in live mode (a key in the environment, a fake source): the meter is wired. */
@ExtendWith(ApplicationExtension.class)
class AppContextCreditsFxTest {

    @TempDir
    static Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        AppServices services = new AppServices(Map.of("PARSE_API_KEY", "k", "TALENT_FINDER_HOME", home.toString()),
                Clock.systemDefaultZone());
        context = new AppContext(services, new FakeSource(), new DesktopActions() {
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
    }

    @Test
    void theStatusBarShowsNoCreditUsedOfTheFreePlan(FxRobot robot) throws Exception {
        Label meter = robot.lookup("#creditMeter").queryAs(Label.class);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !meter.getText().isEmpty());

        assertThat(meter.getText()).isEqualTo("Credits this month: 0 of 100");
        assertThat(meter.getTooltip().getText()).contains("Free plan").contains("5 calls a minute");
    }
}
