package com.talentfinder.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.TestPages;
import com.talentfinder.app.SourceChain;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFetcherTest {

    private static final SearchRequest FIRST = new SearchRequest("react developer", 1, 10);
    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(60), time, time);
    private TestPages.CountingSource inner = new TestPages.CountingSource(time, 20);
    private final TestPages.MemoryPageCache cache = new TestPages.MemoryPageCache(time);

    private BatchFetcher fetcher() {
        CachingSource chain = SourceChain.builder().cache(cache).limiter(limiter).clock(time.clock())
                .build(inner, "http://127.0.0.1:1/x");
        return new BatchFetcher(chain, chain::isCached, limiter, time);
    }

    private static List<Integer> pageNumbers(List<SearchRequest> requests) {
        return requests.stream().map(SearchRequest::page).toList();
    }

    @Test
    void aCompleteRunReturnsEveryPageInOrder() {
        BatchResult r = fetcher().fetch(BatchState.pages(FIRST, 8), BatchListener.NONE, new BatchCancellation());
        assertThat(r.isComplete()).isTrue();
        assertThat(r.pages()).extracting(p -> p.request().page()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r.uniqueFreelancers()).hasSize(80);
        assertThat(r.calls()).isEqualTo(8);
        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void cancelKeepsWhatWasFetched() {
        BatchCancellation cancel = new BatchCancellation();
        BatchListener cancelAfterThree = new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                if (p.done() == 3) {
                    cancel.cancel();
                }
            }
        };
        BatchResult r = fetcher().fetch(BatchState.pages(FIRST, 8), cancelAfterThree, cancel);

        assertThat(r.outcome()).isEqualTo(BatchResult.Outcome.CANCELLED);
        assertThat(r.pages()).hasSize(3);
        assertThat(r.remaining().done()).isEqualTo(3);
        assertThat(pageNumbers(r.remaining().pending())).containsExactly(4, 5, 6, 7, 8);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void cancelDuringTheRateLimitWaitStopsAtOnce() {
        BatchCancellation cancel = new BatchCancellation();
        BatchListener cancelOnWait = new BatchListener() {
            @Override
            public void onRateLimitWait(Duration remaining) {
                if (!remaining.isZero()) {
                    cancel.cancel();
                }
            }
        };
        BatchResult r = fetcher().fetch(BatchState.pages(FIRST, 8), cancelOnWait, cancel);

        assertThat(r.outcome()).isEqualTo(BatchResult.Outcome.CANCELLED);
        assertThat(r.pages()).hasSize(5);
        assertThat(pageNumbers(r.remaining().pending())).containsExactly(6, 7, 8);
        assertThat(time.elapsed()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void resumingFetchesOnlyTheRest() {
        BatchCancellation cancel = new BatchCancellation();
        BatchResult partial = fetcher().fetch(BatchState.pages(FIRST, 8), cancelAfter(3, cancel), cancel);
        inner.calls.clear();

        List<BatchProgress> progress = new ArrayList<>();
        BatchResult rest = fetcher().fetch(partial.remaining(), new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                progress.add(p);
            }
        }, new BatchCancellation());

        assertThat(rest.isComplete()).isTrue();
        assertThat(pageNumbers(inner.calls)).containsExactly(4, 5, 6, 7, 8);
        assertThat(progress).extracting(BatchProgress::done).containsExactly(4, 5, 6, 7, 8);
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(8));
    }

    @Test
    void rerunningTheWholeBatchAfterACancelCallsOnlyForPagesNotFetched() {
        BatchCancellation cancel = new BatchCancellation();
        fetcher().fetch(BatchState.pages(FIRST, 8), cancelAfter(3, cancel), cancel);
        inner.calls.clear();

        BatchResult again = fetcher().fetch(BatchState.pages(FIRST, 8), BatchListener.NONE, new BatchCancellation());

        assertThat(pageNumbers(inner.calls)).containsExactly(4, 5, 6, 7, 8);
        assertThat(again.fromCache()).isEqualTo(3);
        assertThat(again.pages()).hasSize(8);
    }

    @Test
    void aFailureKeepsThePagesFetchedAndTheRestToResume() {
        inner = new TestPages.CountingSource(time, 20).failOnCall(4,
                new ApiException(ApiException.Kind.UPSTREAM_ERROR, "Upwork answered with an error.", 502, null, null));
        BatchResult r = fetcher().fetch(BatchState.pages(FIRST, 6), BatchListener.NONE, new BatchCancellation());

        assertThat(r.outcome()).isEqualTo(BatchResult.Outcome.FAILED);
        assertThat(r.failureCause()).get().extracting(ApiException::httpStatus).isEqualTo(502);
        assertThat(r.pages()).hasSize(3);
        assertThat(pageNumbers(r.remaining().pending())).containsExactly(4, 5, 6);
    }

    @Test
    void pagesPastTheLastAreSkippedWithoutACall() {
        inner = new TestPages.CountingSource(time, 2);
        BatchResult r = fetcher().fetch(BatchState.pages(FIRST, 5), BatchListener.NONE, new BatchCancellation());

        assertThat(r.isComplete()).isTrue();
        assertThat(inner.count()).isEqualTo(2);
        assertThat(r.pages()).hasSize(2);
    }

    @Test
    void progressTellsTheTimeLeftAtThePace() {
        List<BatchProgress> progress = new ArrayList<>();
        fetcher().fetch(BatchState.pages(FIRST, 8), new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                progress.add(p);
            }
        }, new BatchCancellation());

        assertThat(progress.get(0).timeLeft()).isEqualTo(Duration.ofSeconds(60));
        assertThat(progress.get(0).fraction()).isEqualTo(1 / 8.0);
        assertThat(progress.get(7).timeLeft()).isZero();
    }

    @Test
    void theRateLimitCountdownReachesTheListener() {
        List<Duration> heard = new ArrayList<>();
        fetcher().fetch(BatchState.pages(FIRST, 6), new BatchListener() {
            @Override
            public void onRateLimitWait(Duration remaining) {
                heard.add(remaining);
            }
        }, new BatchCancellation());

        assertThat(heard).hasSize(61);
        assertThat(heard.get(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(heard.get(60)).isZero();
    }

    private static BatchListener cancelAfter(int pages, BatchCancellation cancel) {
        return new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                if (p.done() == pages) {
                    cancel.cancel();
                }
            }
        };
    }
}
