package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MeteredSourceTest {

    private static final String URL = "http://127.0.0.1:1/scraper/x";
    private final FakeTime time = new FakeTime();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
            statuses.add(httpStatus);
        }

        @Override
        public int callsInMonth(YearMonth m) {
            return statuses.size();
        }
    };
    private final SearchRequest request = new SearchRequest("react", 1, 10);

    private MeteredSource meteredFailing(ApiException e) {
        return new MeteredSource(r -> {
            throw e;
        }, ledger, URL, time.clock(), null);
    }

    @Test
    void aSuccessIsCounted() throws Exception {
        AtomicInteger refreshed = new AtomicInteger();
        MeteredSource s = new MeteredSource(r -> TestPages.page(r, 3, Instant.EPOCH), ledger, URL, time.clock(),
                refreshed::incrementAndGet);
        SearchPage page = s.search(request);
        assertThat(page.freelancers()).hasSize(10);
        assertThat(statuses).containsExactly(200);
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void aRateLimitAnswerIsCountedBecauseItReachedTheServer() {
        MeteredSource s = meteredFailing(new ApiException(ApiException.Kind.RATE_LIMITED, "Wait.", 429,
                Duration.ofSeconds(5), null));
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(ApiException.class);
        assertThat(statuses).containsExactly(429);
    }

    @Test
    void anUpstreamErrorIsCounted() {
        MeteredSource s = meteredFailing(new ApiException(ApiException.Kind.UPSTREAM_ERROR, "Later.", 502, null, null));
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(ApiException.class);
        assertThat(statuses).containsExactly(502);
    }

    @Test
    void aTimeoutIsCountedWithNoStatus() {
        MeteredSource s = meteredFailing(new ApiException(ApiException.Kind.TIMEOUT, "Slow."));
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(ApiException.class);
        assertThat(statuses).containsExactly(0);
    }

    @Test
    void aRefusedConnectionIsNotCounted() {
        MeteredSource s = meteredFailing(new ApiException(ApiException.Kind.NETWORK, "Offline."));
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(ApiException.class);
        assertThat(statuses).isEmpty();
    }

    @Test
    void aMissingKeyAnsweredWithoutACallIsNotCounted() {
        MeteredSource s = meteredFailing(new ApiException(ApiException.Kind.UNAUTHORIZED, "Add a key."));
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(ApiException.class);
        assertThat(statuses).isEmpty();
    }

    @Test
    void aCallCancelledWhileWaitingForTheAnswerIsCounted() {
        MeteredSource s = new MeteredSource(r -> {
            throw new InterruptedException();
        }, ledger, URL, time.clock(), null);
        assertThatThrownBy(() -> s.search(request)).isInstanceOf(InterruptedException.class);
        assertThat(statuses).containsExactly(0);
    }

    @Test
    void aFailingLedgerDoesNotLoseTheAnswer() throws Exception {
        CallLedger broken = new CallLedger() {
            @Override
            public void recordCall(String apiUrl, Instant at, int httpStatus) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public int callsInMonth(YearMonth m) {
                return 0;
            }
        };
        MeteredSource s = new MeteredSource(r -> TestPages.page(r, 3, Instant.EPOCH), broken, URL, time.clock(), null);
        assertThat(s.search(request).freelancers()).hasSize(10);
    }
}
