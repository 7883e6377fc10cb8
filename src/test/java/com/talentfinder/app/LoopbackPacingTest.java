package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.RetryingSource;
import com.talentfinder.api.WaitListener;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.Database;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.SqlitePageCache;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain over real HTTP against a loopback server that allows 5 calls per rolling minute. Time is fake
 * (shared by the limiter, the retries and the server), so nothing sleeps for real.
 */
class LoopbackPacingTest {

    private static final SearchRequest FIRST = new SearchRequest("react developer", 1, 10);

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime();
    private RollingMinuteServer server;
    private Database db;

    @BeforeEach
    void start() {
        server = RollingMinuteServer.start(time, 5);
        db = Database.open(dir.resolve("t.db"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CachingSource chain(RateLimiter limiter, SqliteCallLedger ledger) {
        ApiEndpoint endpoint = ApiEndpoint.of(URI.create(server.baseUrl()), ApiKey.ofNullable("test-key"));
        FreelancerSource http = new ParseBotClient(endpoint, ParseBotClient.defaultHttpClient(endpoint), time.clock());
        return SourceChain.builder()
                .cache(new SqlitePageCache(db, time.clock()))
                .ttl(() -> Duration.ofHours(24))
                .retries(inner -> new RetryingSource(inner, 3, time, WaitListener.NONE))
                .limiter(limiter)
                .ledger(ledger)
                .clock(time.clock())
                .build(http, server.baseUrl());
    }

    private BatchResult fetchEightPages(Plan plan, SqliteCallLedger ledger) {
        RateLimiter limiter = new RateLimiter(plan.callsPerMinute(), time, time);
        CachingSource chain = chain(limiter, ledger);
        return new BatchFetcher(chain, chain::isCached, limiter, time)
                .fetch(BatchState.pages(FIRST, 8), BatchListener.NONE, new BatchCancellation());
    }

    @Test
    void theFreePlanMeetsNo429AndTakesAboutAMinute() {
        SqliteCallLedger ledger = new SqliteCallLedger(db, time.clock().getZone());
        BatchResult r = fetchEightPages(Plan.FREE, ledger);

        assertThat(r.isComplete()).isTrue();
        assertThat(r.uniqueFreelancers()).hasSize(80);
        assertThat(server.rejected()).isZero();
        assertThat(server.requests()).isEqualTo(8);
        assertThat(time.elapsed()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(62));
        assertThat(ledger.callsInMonth(YearMonth.now(time.clock()))).isEqualTo(server.requests());
    }

    @Test
    void theDeveloperPlanMeets429sWaitsAsToldAndLosesNothing() {
        SqliteCallLedger ledger = new SqliteCallLedger(db, time.clock().getZone());
        BatchResult r = fetchEightPages(Plan.DEVELOPER, ledger);

        assertThat(r.isComplete()).isTrue();
        assertThat(r.uniqueFreelancers()).hasSize(80);
        assertThat(server.rejected()).isPositive();
        // RetryingSource counts the server's Retry-After down in one-second steps.
        assertThat(time.sleeps()).contains(Duration.ofSeconds(1));
        assertThat(ledger.callsInMonth(YearMonth.now(time.clock()))).isEqualTo(server.requests());
    }

    @Test
    void theSameSearchTwiceMakesOneHttpCall() throws Exception {
        SqliteCallLedger ledger = new SqliteCallLedger(db, time.clock().getZone());
        CachingSource chain = chain(new RateLimiter(5, time, time), ledger);

        chain.search(FIRST);
        time.advance(Duration.ofMinutes(10));
        var second = chain.search(new SearchRequest("React  Developer", 1, 10));

        assertThat(second.fromCache()).isTrue();
        assertThat(server.requests()).isEqualTo(1);
        assertThat(ledger.callsInMonth(YearMonth.now(time.clock()))).isEqualTo(1);
    }
}
