package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.insights.DailyWatchCheck;
import com.talentfinder.app.insights.FetchSummary;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.app.insights.RankingPresets;
import com.talentfinder.store.Database;
import com.talentfinder.store.RankingPresetRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily check at start as the window tells it: its cost first, then what it did, or why it did nothing. */
class DailyCheckViewModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger redraws = new AtomicInteger();
    private int creditsLeft = 50;

    private final DailyWatchCheck.Checks checks = new DailyWatchCheck.Checks() {
        @Override
        public boolean isDemo() {
            return false;
        }

        @Override
        public List<String> watchlist() {
            return List.of("wordpress", "webflow", "shopify");
        }

        @Override
        public BatchEstimate estimate(List<String> keywords) {
            return new BatchEstimate(keywords.size(), 0, keywords.size(), creditsLeft, keywords.size() > creditsLeft,
                    Duration.ZERO);
        }

        @Override
        public Outcomes.TrendCheck check(List<String> keywords, BatchListener listener, BatchCancellation cancel) {
            calls.addAndGet(keywords.size());
            return new Outcomes.TrendCheck(keywords.stream().map(k -> new Outcomes.Check(k, 10, false)).toList(),
                    new FetchSummary(BatchResult.Outcome.COMPLETED, null, keywords.size(), keywords.size(), 0, null,
                            false), true);
        }
    };

    private DailyCheckViewModel vm(boolean on) {
        RankingPresets prefs = new RankingPresets(new RankingPresetRepository(Database.open(dir.resolve("d.db"))),
                clock);
        prefs.setDailyCheck(on);
        return new DailyCheckViewModel(new DailyWatchCheck(prefs, checks, clock), new SyncTaskRunner(),
                redraws::incrementAndGet);
    }

    @Test
    void offSaysNothingAndSpendsNothing() {
        DailyCheckViewModel vm = vm(false);
        vm.start();
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(calls).hasValue(0);
    }

    @Test
    void onItChecksOnceAndSaysWhatItSpent() {
        DailyCheckViewModel vm = vm(true);
        vm.start();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Daily watchlist check done: 3 keywords counted, 3 credits spent.");
        assertThat(calls).hasValue(3);
        assertThat(redraws).hasValue(1);

        // Started again the same day: nothing more.
        vm.start();
        assertThat(calls).hasValue(3);
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void tooFewCreditsSkipsItAndSaysWhy() {
        creditsLeft = 2;
        DailyCheckViewModel vm = vm(true);
        vm.start();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Daily watchlist check skipped: it needs 3 credits and 2 are left this month.");
        assertThat(calls).hasValue(0);
    }
}
