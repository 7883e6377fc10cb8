package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.CallLedger;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.TestPages;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceChainTest {

    private static final String URL = "http://127.0.0.1:1/scraper/x";
    private final FakeTime time = new FakeTime();
    private final TestPages.CountingSource inner = new TestPages.CountingSource(time, 9);
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(60), time, time);
    private final List<Integer> recorded = new CopyOnWriteArrayList<>();
    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            recorded.add(httpStatus);
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return recorded.size();
        }
    };

    private SourceChain chain() {
        return SourceChain.builder().cache(new TestPages.MemoryPageCache(time)).limiter(limiter).ledger(ledger)
                .clock(time.clock());
    }

    @Test
    void aCachedPageCostsNoCallNoPermitAndNoCredit() throws Exception {
        CachingSource source = chain().build(inner, URL);
        SearchRequest r = new SearchRequest("react", 1, 10);
        source.search(r);
        source.search(r);
        source.search(new SearchRequest("React ", 1, 10));

        assertThat(inner.count()).isEqualTo(1);
        assertThat(recorded).containsExactly(200);
        assertThat(limiter.estimateTimeFor(4, Duration.ZERO)).isZero();
        assertThat(limiter.estimateTimeFor(5, Duration.ZERO)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void everyRetryIsPacedAndCounted() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        FreelancerSource rateLimitedOnce = r -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ApiException(ApiException.Kind.RATE_LIMITED, "Wait.", 429, Duration.ofSeconds(1), null);
            }
            return inner.search(r);
        };
        CachingSource source = chain().retries(s -> r -> {
            try {
                return s.search(r);
            } catch (ApiException e) {
                return s.search(r);
            }
        }).build(rateLimitedOnce, URL);

        source.search(new SearchRequest("react", 1, 10));

        assertThat(recorded).containsExactly(429, 200);
        assertThat(limiter.estimateTimeFor(3, Duration.ZERO)).isZero();
        assertThat(limiter.estimateTimeFor(4, Duration.ZERO)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void callsRecordedTellTheMeter() throws Exception {
        AtomicInteger told = new AtomicInteger();
        CachingSource source = chain().onCallRecorded(told::incrementAndGet).build(inner, URL);
        source.search(new SearchRequest("react", 1, 10));
        source.search(new SearchRequest("react", 1, 10));
        assertThat(told).hasValue(1);
    }

    @Test
    void withoutLimiterAndLedgerTheChainOnlyCaches() throws Exception {
        CachingSource demo = SourceChain.builder().cache(new TestPages.MemoryPageCache(time)).build(inner, URL);
        for (int page = 1; page <= 8; page++) {
            demo.search(new SearchRequest("react", page, 10));
        }
        assertThat(inner.count()).isEqualTo(8);
        assertThat(time.elapsed()).isZero();
        assertThat(recorded).isEmpty();
    }
}
