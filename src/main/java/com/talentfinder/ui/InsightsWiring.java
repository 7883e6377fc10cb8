package com.talentfinder.ui;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.DailyWatchCheck;
import com.talentfinder.app.insights.DefaultInsightsService;
import com.talentfinder.app.insights.RankingPresets;
import com.talentfinder.app.insights.WatchlistFile;
import com.talentfinder.store.RankingPresetRepository;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.insights.DailyCheckViewModel;
import com.talentfinder.ui.insights.FxFileAsker;
import com.talentfinder.ui.insights.InsightsChoices;
import com.talentfinder.ui.insights.InsightsFeature;
import com.talentfinder.ui.insights.ServiceInsightsPort;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * The Insights screen and the optional daily watchlist check at start, wired to the app's insights service and the
 * saved ranking presets (part of the composition root, kept apart so {@link AppContext} stays readable).
 *
 * @param screen     the Insights screen
 * @param dailyCheck the check at start (off unless the user chose it)
 */
record InsightsWiring(InsightsFeature screen, DailyCheckViewModel dailyCheck) {

    static InsightsWiring of(AppServices services, TaskRunner runner, CurrentRanking ranking, Supplier<Stage> stage) {
        RankingPresets presets = new RankingPresets(new RankingPresetRepository(services.database()),
                services.clock());
        DefaultInsightsService insights = DefaultInsightsService.of(services, false);
        InsightsFeature screen = new InsightsFeature(new ServiceInsightsPort(insights, services.dataFolder(),
                ZoneId.systemDefault(), presets), runner, ZoneId.systemDefault(), new FxFileAsker(stage::get), ranking,
                InsightsChoices.of(presets));
        DailyCheckViewModel daily = new DailyCheckViewModel(new DailyWatchCheck(presets, DailyWatchCheck.over(insights,
                new WatchlistFile(services.dataFolder())), services.clock()), runner, screen.supply()::load);
        return new InsightsWiring(screen, daily);
    }

    /** The status bar's line for the daily check's cost and outcome (empty until it runs). */
    javafx.scene.control.Label dailyNotice() {
        javafx.scene.control.Label daily = new javafx.scene.control.Label();
        daily.setId("dailyCheckNotice");
        daily.textProperty().bind(dailyCheck.noticeProperty());
        return daily;
    }
}
