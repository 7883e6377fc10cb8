package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.RetryingSource;
import com.talentfinder.api.WaitListener;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.insights.BatchTools;
import com.talentfinder.app.insights.DefaultInsightsService;
import com.talentfinder.app.insights.ObservingSource;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.insights.KeywordMarket;
import com.talentfinder.insights.SkillSupply;
import com.talentfinder.store.Database;
import com.talentfinder.store.MarketReportRepository;
import com.talentfinder.store.ObservationRepository;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.SqlitePageCache;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights use cases over real HTTP against a loopback server that allows 5 calls per rolling minute (the
 * Free plan), with fake time shared by the limiter, the retries, the cache and the server: nothing sleeps.
 */
class InsightsServicePacingTest {

    private static final List<String> FIVE = List.of("react", "vue", "angular", "svelte", "ember");

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime();
    private RollingMinuteServer server;
    private Database db;
    private CachingSource chain;
    private DefaultInsightsService service;
    private ObservationRepository observations;

    @BeforeEach
    void start() {
        server = RollingMinuteServer.start(time, 5);
        db = Database.open(dir.resolve("t.db"));
        observations = new ObservationRepository(db);
        SqliteCallLedger ledger = new SqliteCallLedger(db, time.clock().getZone());
        RateLimiter limiter = new RateLimiter(Plan.FREE.callsPerMinute(), time, time);
        ApiEndpoint endpoint = ApiEndpoint.of(URI.create(server.baseUrl()), ApiKey.ofNullable("test-key"));
        ParseBotClient http = new ParseBotClient(endpoint, ParseBotClient.defaultHttpClient(endpoint), time.clock());
        chain = SourceChain.builder()
                .cache(new SqlitePageCache(db, time.clock()))
                .ttl(() -> Duration.ofHours(24))
                .retries(inner -> new RetryingSource(inner, 3, time, WaitListener.NONE))
                .limiter(limiter).ledger(ledger).clock(time.clock())
                .build(new ObservingSource(http, observations, time.clock()), server.baseUrl());
        BatchTools tools = new BatchTools(new BatchFetcher(chain, chain::isCached, limiter, time),
                new BatchPlanner(chain, new CreditMeter(ledger, () -> Plan.FREE.creditsPerMonth(), time.clock()),
                        limiter), false);
        service = new DefaultInsightsService(() -> tools, observations, new MarketReportRepository(db), time.clock());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fiveKeywordsOnTheFreePlanCostAtMostFiveTimesPagesPacedWithProgress() throws Exception {
        chain.search(new SearchRequest("vue", 1, 50)); // already in the cache: costs nothing in the report
        int before = server.requests();
        time.advance(Duration.ofMinutes(2));

        BatchEstimate estimate = service.estimateMarket(FIVE, 2);
        assertThat(estimate.pages()).isEqualTo(10);
        assertThat(estimate.cachedPages()).isEqualTo(1);
        assertThat(estimate.callsNeeded()).isEqualTo(9);
        assertThat(estimate.estimatedDuration()).isPositive();

        List<BatchProgress> progress = new ArrayList<>();
        Duration start = time.elapsed();
        Outcomes.Market m = service.marketReport(FIVE, 2, new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                progress.add(p);
            }
        }, new BatchCancellation());

        assertThat(m.fetch().isComplete()).isTrue();
        assertThat(server.requests() - before).isEqualTo(9).isLessThanOrEqualTo(5 * 2);
        assertThat(server.rejected()).isZero();
        // 9 calls at 5 a minute: the sixth waits for the first minute to pass.
        assertThat(time.elapsed().minus(start)).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(progress).hasSize(10);
        assertThat(progress.get(9).done()).isEqualTo(10);
        assertThat(progress.get(9).fromCache()).isEqualTo(1);
        assertThat(m.report().keywords()).extracting(KeywordMarket::keyword).containsExactlyElementsOf(FIVE);
        assertThat(m.report().keywords()).allSatisfy(k -> assertThat(k.fetched()).isEqualTo(100));
    }

    @Test
    void cancelKeepsWhatWasFetchedAndSpendsNoMore() {
        BatchCancellation cancel = new BatchCancellation();
        Outcomes.Market m = service.marketReport(FIVE, 2, new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                if (p.done() == 3) {
                    cancel.cancel();
                }
            }
        }, cancel);

        assertThat(m.fetch().outcome()).isEqualTo(BatchResult.Outcome.CANCELLED);
        assertThat(m.fetch().pagesFetched()).isEqualTo(3);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(m.report().keywords()).extracting(KeywordMarket::keyword).containsExactly("react", "vue");
        assertThat(m.missing()).containsExactly("angular", "svelte", "ember");
        assertThat(m.report().keywords().get(1).fetched()).isEqualTo(50);
    }

    @Test
    void aSavedReportReopensWithoutAnyCall() {
        Outcomes.Market m = service.marketReport(List.of("react", "vue"), 1, BatchListener.NONE,
                new BatchCancellation());
        Outcomes.Market saved = service.saveReport("  Frontend ", m);
        int calls = server.requests();

        Outcomes.Market again = service.openReport(saved.savedId()).orElseThrow();

        assertThat(server.requests()).isEqualTo(calls);
        assertThat(again.name()).isEqualTo("Frontend");
        assertThat(again.report()).isEqualTo(m.report());
        assertThat(again.fetch().fetched()).isEqualTo(m.fetch().fetched());
        assertThat(service.savedReports()).extracting(Outcomes.SavedReport::name).containsExactly("Frontend");
    }

    @Test
    void searchingAKeywordOnThreeDaysGivesThreeObservationsWithoutAnExtraCall() throws Exception {
        for (int day = 0; day < 3; day++) {
            chain.search(new SearchRequest("WordPress", 1, 10));
            chain.search(new SearchRequest("wordpress", 2, 10)); // a deeper page repeats the total: not recorded
            chain.search(new SearchRequest("wordpress ", 1, 10)); // the same day again: the cache answers
            time.advance(Duration.ofHours(25));
        }

        assertThat(server.requests()).isEqualTo(6); // page 1 and page 2 once a day: nothing extra for the counts
        SkillSupply.Series s = service.series("WORDPRESS");
        assertThat(s.points()).hasSize(3);
        assertThat(s.points().get(1).time()).isEqualTo(s.points().get(0).time().plus(Duration.ofHours(25)));
        assertThat(s.points()).allSatisfy(p -> assertThat(p.totalResults()).isEqualTo(200));
        assertThat(s.hasMethodChange()).isFalse();
        assertThat(service.observedKeywords()).containsExactly("wordpress");
    }

    @Test
    void checkNowIsOneCallPerKeywordWithOneResultPerPage() {
        BatchEstimate e = service.estimateTrendCheck(List.of("react", "vue", "React"));
        assertThat(e.callsNeeded()).isEqualTo(2);

        Outcomes.TrendCheck t = service.checkNow(List.of("react", "vue"), BatchListener.NONE, new BatchCancellation());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(t.checks()).extracting(Outcomes.Check::totalResults).containsExactly(20L, 20L);
        assertThat(t.recorded()).isTrue();
        assertThat(observations.count()).isEqualTo(2);
    }
}
