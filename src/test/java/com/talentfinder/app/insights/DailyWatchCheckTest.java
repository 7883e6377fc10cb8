package com.talentfinder.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.insights.DailyWatchCheck.Decision;
import com.talentfinder.store.Database;
import com.talentfinder.store.RankingPresetRepository;
import com.talentfinder.testing.HandClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional daily watchlist check at start, with a fake clock and a fake service that counts its calls. */
class DailyWatchCheckTest {

    @TempDir
    Path dir;

    private final HandClock clock = new HandClock(Instant.parse("2026-03-02T07:00:00Z"));
    private final FakeChecks checks = new FakeChecks();

    /** The watchlist, the credits left and the demo flag as the test sets them; every check is counted. */
    static final class FakeChecks implements DailyWatchCheck.Checks {
        List<String> watchlist = List.of("wordpress", "react");
        int creditsLeft = 100;
        boolean demo;
        final List<List<String>> checked = new ArrayList<>();

        @Override
        public boolean isDemo() {
            return demo;
        }

        @Override
        public List<String> watchlist() {
            return watchlist;
        }

        @Override
        public BatchEstimate estimate(List<String> keywords) {
            return new BatchEstimate(keywords.size(), 0, keywords.size(), creditsLeft,
                    keywords.size() > creditsLeft, Duration.ZERO);
        }

        @Override
        public Outcomes.TrendCheck check(List<String> keywords, BatchListener listener, BatchCancellation cancel) {
            checked.add(keywords);
            List<Outcomes.Check> counts = keywords.stream().map(k -> new Outcomes.Check(k, 100, false)).toList();
            return new Outcomes.TrendCheck(counts, new FetchSummary(BatchResult.Outcome.COMPLETED, null,
                    keywords.size(), keywords.size(), 0, null, false), true);
        }
    }

    private RankingPresets prefs() {
        return new RankingPresets(new RankingPresetRepository(Database.open(dir.resolve("d.db"))), clock);
    }

    private DailyWatchCheck.Result start(RankingPresets prefs) {
        DailyWatchCheck check = new DailyWatchCheck(prefs, checks, clock);
        return check.run(check.plan(), new BatchListener() { }, new BatchCancellation());
    }

    @Test
    void offByDefaultSoNothingIsCalled() {
        assertThat(start(prefs()).plan().decision()).isEqualTo(Decision.OFF);
        assertThat(checks.checked).isEmpty();
    }

    @Test
    void onceADayWithTheCostToldFirst() {
        RankingPresets prefs = prefs();
        prefs.setDailyCheck(true);

        DailyWatchCheck.Result first = start(prefs);
        assertThat(first.plan().decision()).isEqualTo(Decision.RUN);
        assertThat(first.plan().credits()).isEqualTo(2);
        assertThat(first.plan().left()).isEqualTo(100);
        assertThat(checks.checked).containsExactly(List.of("wordpress", "react"));
        assertThat(prefs.lastCheck()).contains(clock.instant());

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(start(prefs).plan().decision()).isEqualTo(Decision.NOT_DUE);
        assertThat(checks.checked).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(start(prefs).plan().decision()).isEqualTo(Decision.RUN);
        assertThat(checks.checked).hasSize(2);
    }

    @Test
    void aCheckNowTodayCountsAsTheDaysCheck() {
        RankingPresets prefs = prefs();
        prefs.setDailyCheck(true);
        prefs.setLastCheck(clock.instant().minus(Duration.ofHours(3)));

        assertThat(start(prefs).plan().decision()).isEqualTo(Decision.NOT_DUE);
        assertThat(checks.checked).isEmpty();
    }

    @Test
    void skippedInDemoModeWithoutAWatchlistAndWithoutEnoughCredits() {
        RankingPresets prefs = prefs();
        prefs.setDailyCheck(true);

        checks.demo = true;
        assertThat(start(prefs).plan().decision()).isEqualTo(Decision.DEMO);
        checks.demo = false;

        checks.watchlist = List.of();
        assertThat(start(prefs).plan().decision()).isEqualTo(Decision.NO_WATCHLIST);
        checks.watchlist = List.of("wordpress", "react", "java");

        checks.creditsLeft = 2;
        DailyWatchCheck.Result poor = start(prefs);
        assertThat(poor.plan().decision()).isEqualTo(Decision.NO_CREDITS);
        assertThat(poor.plan().credits()).isEqualTo(3);
        assertThat(poor.plan().left()).isEqualTo(2);

        assertThat(checks.checked).isEmpty();
        assertThat(prefs.lastCheck()).isEmpty();
    }
}
