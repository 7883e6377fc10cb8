package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TestWindows;
import com.talentfinder.ui.common.CreditMeterView;
import com.talentfinder.ui.common.CreditMeterViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main view in live mode, headless: the credit meter in the status bar and the cache line with Refresh. */
@ExtendWith(ApplicationExtension.class)
class CreditsAndCacheFxTest {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    private final FakeSource fake = new FakeSource();
    private final AtomicInteger refreshes = new AtomicInteger();

    /** Answers every page from "the cache", fetched three hours ago. */
    private final FreelancerSource cachedChain = request -> {
        SearchPage p = fake.search(request);
        return new SearchPage(request, p.totalResults(), p.totalPages(), p.freelancers(),
                NOW.minus(Duration.ofHours(3)), true);
    };
    private final FreelancerSource refresh = request -> {
        refreshes.incrementAndGet();
        return fake.search(request);
    };

    @Start
    void start(Stage stage) {
        AppContext.applyTheme("light");
        SearchViewModel search = new SearchViewModel(cachedChain, refresh, new SyncTaskRunner(),
                new InMemoryHistory(), new ManualTicker(), Clock.fixed(NOW, ZoneOffset.UTC), () -> false);
        ResultsViewModel results = new ResultsViewModel(search);
        MainView view = TestWindows.searchWindow(search, results.filters(), results,
                new SearchFeature.Slots(new Label("detail"), () -> { }, PortraitThumbnails.NONE));
        CreditMeterViewModel credits = new CreditMeterViewModel(new LiveFreePlan(), new SyncTaskRunner(),
                Runnable::run);
        view.statusBarRight().getChildren().add(new CreditMeterView(credits));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.focusSearchField();
    }

    private static void search(FxRobot robot, String query) {
        robot.clickOn("#searchField").write(query).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStatusBarShowsTheCreditsOfTheMonthInLiveMode(FxRobot robot) {
        Label meter = robot.lookup("#creditMeter").queryAs(Label.class);

        assertThat(meter.isVisible()).isTrue();
        assertThat(meter.getText()).isEqualTo("Credits this month: 0 of 100");
        assertThat(robot.lookup("#liveBadge").query().isVisible()).isTrue();
    }

    @Test
    void aCachedPageShowsItsAgeAndRefresh(FxRobot robot) {
        search(robot, "react");

        Label origin = robot.lookup("#pageOrigin").queryAs(Label.class);
        assertThat(origin.isVisible()).isTrue();
        assertThat(origin.getText()).isEqualTo("From cache · fetched 3 h ago");
        assertThat(robot.lookup("#refreshPageButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#refreshPageButton").queryButton().getTooltip().getText())
                .isEqualTo("Fetch this page again (uses 1 credit)");
    }

    @Test
    void refreshFetchesThePageAgainAndSaysItIsFresh(FxRobot robot) {
        search(robot, "react");

        robot.clickOn("#refreshPageButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(robot.lookup("#pageOrigin").queryAs(Label.class).getText()).isEqualTo("Fetched just now");
        assertThat(robot.lookup("#refreshPageButton").queryButton().isVisible()).isFalse();
    }

    /** Live mode on the Free plan with no call made yet this month. */
    private static final class LiveFreePlan implements CreditMeterViewModel.Source {
        @Override
        public CreditStatus status() {
            return CreditStatus.of("2025-03", 0, Plan.FREE.creditsPerMonth());
        }

        @Override
        public Runnable addListener(Consumer<CreditStatus> listener) {
            return () -> { };
        }

        @Override
        public Plan plan() {
            return Plan.FREE;
        }

        @Override
        public int callsPerMinute() {
            return Plan.FREE.callsPerMinute();
        }

        @Override
        public boolean planFromEnvironment() {
            return false;
        }

        @Override
        public boolean demo() {
            return false;
        }
    }
}
