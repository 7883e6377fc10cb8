package com.talentfinder.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CachingSource;
import com.talentfinder.api.CallLedger;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.TestPages;
import com.talentfinder.app.SourceChain;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    private final FakeTime time = new FakeTime();
    private final AtomicInteger used = new AtomicInteger();
    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            used.incrementAndGet();
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return used.get();
        }
    };
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(60), time, time);
    private final CreditMeter meter = new CreditMeter(ledger, () -> 100, time.clock());
    private final CachingSource chain = SourceChain.builder().cache(new TestPages.MemoryPageCache(time))
            .limiter(limiter).ledger(ledger).clock(time.clock())
            .build(new TestPages.CountingSource(time, 50), "http://127.0.0.1:1/x");
    private final BatchPlanner planner = new BatchPlanner(chain, meter, limiter);

    @Test
    void pagesTheCacheAnswersCostNothing() throws Exception {
        chain.search(new SearchRequest("react", 1, 10));
        chain.search(new SearchRequest("react", 2, 10));

        BatchEstimate e = planner.estimate(new SearchRequest("react", 1, 10), 8);

        assertThat(e.pages()).isEqualTo(8);
        assertThat(e.cachedPages()).isEqualTo(2);
        assertThat(e.callsNeeded()).isEqualTo(6);
        assertThat(e.creditsLeft()).isEqualTo(98);
        assertThat(e.exceedsRemaining()).isFalse();
    }

    @Test
    void theDurationFollowsThePace() {
        BatchEstimate e = planner.estimate(new SearchRequest("react", 1, 10), 8);
        assertThat(e.estimatedDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(e.summary()).isEqualTo("8 pages: 0 from the cache, 8 calls (100 credits left), about 60 s.");
    }

    @Test
    void aBatchPastTheCreditsLeftIsFlagged() {
        used.set(95);
        BatchEstimate e = planner.estimate(new SearchRequest("react", 3, 10), 6);
        assertThat(e.creditsLeft()).isEqualTo(5);
        assertThat(e.exceedsRemaining()).isTrue();
    }
}
