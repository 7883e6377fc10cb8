package com.talentfinder.app.insights;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional watchlist check once a day at start (off unless the user turns it on): one call per keyword with
 * {@code per_page=1}, like "Check now". It runs only when it is on, the data is real (never in demo mode), there
 * is a watchlist, the last check is a day old or more, and the month's credits cover its cost; {@link #plan()}
 * says which, so the window can tell the user the cost or why it did nothing. Blocking: run it off the UI thread.
 */
public final class DailyWatchCheck {

    /** How old the last check must be before the next one at start. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    /** Why the check runs or not. */
    public enum Decision { OFF, DEMO, NO_WATCHLIST, NOT_DUE, NO_CREDITS, FAILED, RUN }

    /**
     * What a start would do.
     *
     * @param credits calls the check will make (0 when the cache holds every keyword), when it runs
     * @param left    credits left this month before it
     */
    public record Plan(Decision decision, List<String> keywords, int credits, int left) {
        public Plan {
            keywords = List.copyOf(keywords);
        }

        static Plan not(Decision d) {
            return new Plan(d, List.of(), 0, 0);
        }
    }

    /** What a run did: the plan, and the check when it ran ({@code null} otherwise). */
    public record Result(Plan plan, Outcomes.TrendCheck check) {
    }

    /** The few things the check needs from the app; {@link #over} adapts the insights service. */
    public interface Checks {
        boolean isDemo();

        List<String> watchlist() throws Exception;

        BatchEstimate estimate(List<String> keywords);

        Outcomes.TrendCheck check(List<String> keywords, BatchListener listener, BatchCancellation cancel);
    }

    private final RankingPresets prefs;
    private final Checks checks;
    private final Clock clock;

    public DailyWatchCheck(RankingPresets prefs, Checks checks, Clock clock) {
        this.prefs = Objects.requireNonNull(prefs);
        this.checks = Objects.requireNonNull(checks);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The checks over the app's insights service and the watchlist file. */
    public static Checks over(InsightsService service, WatchlistFile watchlist) {
        return new Checks() {
            @Override
            public boolean isDemo() {
                return service.isDemo();
            }

            @Override
            public List<String> watchlist() throws Exception {
                return watchlist.read();
            }

            @Override
            public BatchEstimate estimate(List<String> keywords) {
                return service.estimateTrendCheck(keywords);
            }

            @Override
            public Outcomes.TrendCheck check(List<String> keywords, BatchListener listener, BatchCancellation cancel) {
                return service.checkNow(keywords, listener, cancel);
            }
        };
    }

    /** Decides, spending nothing. */
    public Plan plan() {
        if (!prefs.dailyCheck()) {
            return Plan.not(Decision.OFF);
        }
        if (checks.isDemo()) {
            return Plan.not(Decision.DEMO);
        }
        List<String> keywords;
        try {
            keywords = checks.watchlist();
        } catch (Exception e) {
            return Plan.not(Decision.FAILED);
        }
        if (keywords.isEmpty()) {
            return Plan.not(Decision.NO_WATCHLIST);
        }
        Optional<Instant> last = prefs.lastCheck();
        Instant now = clock.instant();
        if (last.isPresent() && Duration.between(last.get(), now).compareTo(INTERVAL) < 0) {
            return new Plan(Decision.NOT_DUE, keywords, 0, 0);
        }
        BatchEstimate e = checks.estimate(keywords);
        if (e.exceedsRemaining() || e.callsNeeded() > e.creditsLeft()) {
            return new Plan(Decision.NO_CREDITS, keywords, e.callsNeeded(), e.creditsLeft());
        }
        return new Plan(Decision.RUN, keywords, e.callsNeeded(), e.creditsLeft());
    }

    /** Runs the plan when it says {@link Decision#RUN}; remembers the time of a check that fetched anything. */
    public Result run(Plan plan, BatchListener listener, BatchCancellation cancel) {
        if (plan.decision() != Decision.RUN) {
            return new Result(plan, null);
        }
        Outcomes.TrendCheck check = checks.check(plan.keywords(), listener, cancel);
        if (!check.checks().isEmpty()) {
            prefs.setLastCheck(clock.instant());
        }
        return new Result(plan, check);
    }
}
