package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waits as the service says, within bounds, and only for the failures it asked to repeat. */
class RetryingSourceTest {

    private static final SearchRequest REQUEST = new SearchRequest("java", 1, 10);
    private static final SearchPage PAGE = new SearchPage(REQUEST, 0, 0, List.of(), Instant.EPOCH, false);

    /** Answers with the queued failures, then with {@link #PAGE}; counts calls. */
    private static final class ScriptedSource implements FreelancerSource {
        final Deque<ApiException> failures = new ArrayDeque<>();
        int calls;

        ScriptedSource failing(ApiException... es) {
            failures.addAll(List.of(es));
            return this;
        }

        @Override
        public SearchPage search(SearchRequest request) throws ApiException {
            calls++;
            ApiException next = failures.poll();
            if (next != null) {
                throw next;
            }
            return PAGE;
        }
    }

    private final List<Duration> slept = new ArrayList<>();
    private final Sleeper fakeSleeper = slept::add;
    private final List<String> waits = new ArrayList<>();
    private final WaitListener listener = (remaining, attempt) -> waits.add(attempt + ":" + remaining.toSeconds());

    private static ApiException rateLimited(Duration retryAfter) {
        return new ApiException(Kind.RATE_LIMITED, "Too many.", 429, retryAfter, null);
    }

    private static Duration total(List<Duration> ds) {
        return ds.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void waitsRetryAfterThenReturnsThePage() throws Exception {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofSeconds(3)));
        SearchPage page = new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST);
        assertThat(page).isSameAs(PAGE);
        assertThat(source.calls).isEqualTo(2);
        assertThat(total(slept)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void tellsTheListenerAtTheStartAndEverySecond() throws Exception {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofSeconds(3)),
                rateLimited(Duration.ofMillis(1500)));
        new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST);
        assertThat(waits).containsExactly("1:3", "1:2", "1:1", "2:1", "2:0");
        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMillis(500));
    }

    @Test
    void doesNotRetryWhenTheServiceSaysNothingAboutWhen() {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(null));
        assertThatThrownBy(() -> new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST))
                .isInstanceOf(ApiException.class);
        assertThat(source.calls).isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void byDefaultRetriesOnceSoABlockedSearchCostsAtMostTwoCalls() {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofSeconds(1)),
                rateLimited(Duration.ofSeconds(1)), rateLimited(Duration.ofSeconds(1)));
        RetryingSource retrying = new RetryingSource(source, RetryingSource.DEFAULT_MAX_RETRIES, fakeSleeper,
                listener);
        assertThatThrownBy(() -> retrying.search(REQUEST)).isInstanceOf(ApiException.class);
        assertThat(source.calls).isEqualTo(2);
    }

    @Test
    void doesNotWaitLongerThanTwoMinutesButLeavesItToTheUser() {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofHours(1)));
        assertThatThrownBy(() -> new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST))
                .isInstanceOf(ApiException.class);
        assertThat(source.calls).isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void givesUpAfterMaxRetriesAndRethrowsTheLastFailure() {
        ApiException last = rateLimited(Duration.ofSeconds(1));
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofSeconds(1)),
                rateLimited(Duration.ofSeconds(1)), last);
        assertThatThrownBy(() -> new RetryingSource(source, 2, fakeSleeper, listener).search(REQUEST))
                .isSameAs(last);
        assertThat(source.calls).isEqualTo(3);
    }

    @Test
    void retriesABlockWhenTheServiceSaidWhen() throws Exception {
        ScriptedSource source = new ScriptedSource()
                .failing(new ApiException(Kind.BLOCKED, "Blocked.", 503, Duration.ofSeconds(5), null));
        assertThat(new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST)).isSameAs(PAGE);
        assertThat(total(slept)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void doesNotRetryABlockWithoutRetryAfter() {
        ScriptedSource source = new ScriptedSource()
                .failing(new ApiException(Kind.BLOCKED, "Blocked.", 503, null, null));
        assertThatThrownBy(() -> new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST))
                .isInstanceOf(ApiException.class);
        assertThat(source.calls).isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void retriesAnUpstreamErrorOnlyWhenTheServiceSaidWhen() throws Exception {
        ScriptedSource said = new ScriptedSource()
                .failing(new ApiException(Kind.UPSTREAM_ERROR, "Upwork failed.", 502, Duration.ofSeconds(1), null));
        assertThat(new RetryingSource(said, 1, fakeSleeper, listener).search(REQUEST)).isSameAs(PAGE);
        ScriptedSource silent = new ScriptedSource()
                .failing(new ApiException(Kind.UPSTREAM_ERROR, "Upwork failed.", 502, null, null));
        assertThatThrownBy(() -> new RetryingSource(silent, 1, fakeSleeper, listener).search(REQUEST))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UPSTREAM_ERROR));
        assertThat(silent.calls).isEqualTo(1);
    }

    @Test
    void doesNotRetryOtherFailures() {
        ScriptedSource source = new ScriptedSource().failing(new ApiException(Kind.UNAUTHORIZED, "Bad key."));
        assertThatThrownBy(() -> new RetryingSource(source, 3, fakeSleeper, listener).search(REQUEST))
                .isInstanceOf(ApiException.class);
        assertThat(source.calls).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitStopsWithoutAnotherCall() {
        ScriptedSource source = new ScriptedSource().failing(rateLimited(Duration.ofSeconds(5)));
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };
        assertThatThrownBy(() -> new RetryingSource(source, 3, interrupted, listener).search(REQUEST))
                .isInstanceOf(InterruptedException.class);
        assertThat(source.calls).isEqualTo(1);
    }

    @Test
    void theRealSleeperIsInterruptible() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Sleeper.SYSTEM.sleep(Duration.ofMinutes(5))).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
