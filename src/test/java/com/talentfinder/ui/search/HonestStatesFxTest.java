package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.TestWindows;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, point 8, headless: demo results say "Demo data"; while a new search runs and after it fails, the
 * previous results are greyed (a veil over them: {@link StaleVeilFxTest}) under "Showing results for 'react' from before"; a slow search says "Still
 * searching… 3 s".
 */
@ExtendWith(ApplicationExtension.class)
class HonestStatesFxTest {

    private final FakeSource fake = new FakeSource();
    private final DeferredTaskRunner runner = new DeferredTaskRunner();
    private final ManualTicker ticker = new ManualTicker();
    private SearchViewModel search;

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        search = new SearchViewModel(fake, fake, runner, new InMemoryHistory(), ticker, Clock.systemUTC(), () -> true);
        ResultsViewModel results = new ResultsViewModel(search);
        MainView view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void searchFor(FxRobot robot, String query) {
        robot.interact(() -> {
            search.queryProperty().set(query);
            search.search();
        });
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void previousResultsAreGreyedAndNamedWhileANewSearchRunsAndAfterItFails(FxRobot robot) {
        searchFor(robot, "react");
        robot.interact(runner::runAll);
        assertThat(label(robot, "#pageOrigin").getText()).isEqualTo("Demo data");
        Node veil = robot.lookup("#staleVeil").query();
        assertThat(veil.isVisible()).isFalse();

        searchFor(robot, "java");
        Label stale = label(robot, "#staleNotice");
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).isEqualTo("Showing results for \u2018react\u2019 from before");
        assertThat(veil.isVisible()).isTrue();
        assertThat(label(robot, "#stillSearching").isVisible()).isFalse();

        robot.interact(() -> ticker.tick(3));
        assertThat(label(robot, "#stillSearching").isVisible()).isTrue();
        assertThat(label(robot, "#stillSearching").getText()).isEqualTo("Still searching\u2026 3 s");

        fake.failNext(new ApiException(ApiException.Kind.TIMEOUT, "Too slow."));
        robot.interact(runner::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isTrue();
        assertThat(label(robot, "#errorBannerDetail").getText()).isEqualTo("Demo data: no credits used.");
        assertThat(stale.isVisible()).isTrue();
        assertThat(veil.isVisible()).isTrue();
        assertThat(label(robot, "#stillSearching").isVisible()).isFalse();
    }
}
