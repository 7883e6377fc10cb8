package com.talentfinder.app.batch;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.TimeSource;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The queue behind multi-page search, shortlist refresh and reports: runs requests one by one through the source
 * chain (so the cache answers what it can and every call is paced and counted), reports progress and the
 * rate-limit countdown, stops on Cancel or on the first error keeping every page fetched, and resumes from a
 * {@link BatchState}. A page beyond the last page a search reported is skipped: it would be empty and cost a
 * credit.
 */
public final class BatchFetcher {

    private final FreelancerSource chain;
    private final Predicate<SearchRequest> cached;
    private final RateLimiter limiter;
    private final TimeSource time;

    /**
     * @param chain   the source chain (outermost layer first)
     * @param cached  true for a request the cache answers now, for the time-left estimate
     * @param limiter the shared limiter, or null when calls are not paced
     */
    public BatchFetcher(FreelancerSource chain, Predicate<SearchRequest> cached, RateLimiter limiter,
                        TimeSource time) {
        this.chain = Objects.requireNonNull(chain);
        this.cached = Objects.requireNonNull(cached);
        this.limiter = limiter;
        this.time = Objects.requireNonNull(time);
    }

    public BatchFetcher(CachingSource chain, RateLimiter limiter) {
        this(chain, chain::isCached, limiter, TimeSource.SYSTEM);
    }

    /** The page the chain's cache holds for {@code request}, however old, never a call; empty without a cache. */
    public Optional<SearchPage> stored(SearchRequest request) {
        return chain instanceof CachingSource c ? c.stored(request) : Optional.empty();
    }

    /** True when the chain's cache holds a page for {@code request}, however old. */
    public boolean holds(SearchRequest request) {
        return chain instanceof CachingSource c && c.holds(request);
    }

    /** Runs {@code state}'s pending requests; blocks; never throws for a failed request (see the result). */
    public BatchResult fetch(BatchState state, BatchListener listener, BatchCancellation cancel) {
        Thread worker = Thread.currentThread();
        cancel.bind(worker);
        RateLimiter.Registration waits = limiter == null ? () -> { }
                : limiter.addWaitListener(remaining -> {
                    if (Thread.currentThread() == worker) {
                        listener.onRateLimitWait(remaining);
                    }
                });
        try {
            return run(state, listener, cancel);
        } finally {
            waits.close();
            cancel.unbind();
        }
    }

    private BatchResult run(BatchState state, BatchListener listener, BatchCancellation cancel) {
        List<SearchRequest> pending = state.pending();
        List<SearchPage> pages = new ArrayList<>();
        Map<String, Integer> lastPageOf = new HashMap<>();
        int done = state.done();
        int calls = 0;
        int fromCache = 0;
        long callNanos = 0;
        for (int i = 0; i < pending.size(); i++) {
            SearchRequest request = pending.get(i);
            if (cancel.isCancelled()) {
                return stopped(pages, pending, i, done, BatchResult.Outcome.CANCELLED, null, calls, fromCache);
            }
            Integer last = lastPageOf.get(searchKey(request));
            if (last == null || request.page() <= last) {
                long start = time.nanoTime();
                SearchPage page;
                try {
                    page = chain.search(request);
                } catch (InterruptedException e) {
                    if (!cancel.isCancelled()) {
                        Thread.currentThread().interrupt();
                    }
                    return stopped(pages, pending, i, done, BatchResult.Outcome.CANCELLED, null, calls, fromCache);
                } catch (ApiException e) {
                    return stopped(pages, pending, i, done, BatchResult.Outcome.FAILED, e, calls, fromCache);
                }
                pages.add(page);
                lastPageOf.merge(searchKey(request), lastPageKnown(request, page), Math::min);
                if (page.fromCache()) {
                    fromCache++;
                } else {
                    calls++;
                    callNanos += time.nanoTime() - start;
                }
            }
            done++;
            Duration perCall = calls == 0 ? Duration.ZERO : Duration.ofNanos(callNanos / calls);
            listener.onProgress(new BatchProgress(done, state.total(), calls, fromCache,
                    timeLeft(pending.subList(i + 1, pending.size()), perCall)));
        }
        return new BatchResult(pages, new BatchState(List.of(), done), BatchResult.Outcome.COMPLETED, null,
                calls, fromCache);
    }

    /**
     * The slower of two guesses: the limiter's schedule for the calls left, and the calls left at the average
     * time a call has taken in this run (waits included).
     */
    private Duration timeLeft(List<SearchRequest> rest, Duration perCall) {
        int callsLeft = (int) rest.stream().filter(cached.negate()).count();
        Duration byPace = limiter == null ? Duration.ZERO : limiter.estimateTimeFor(callsLeft, Duration.ZERO);
        Duration byHistory = perCall.multipliedBy(callsLeft);
        return byPace.compareTo(byHistory) >= 0 ? byPace : byHistory;
    }

    private static BatchResult stopped(List<SearchPage> pages, List<SearchRequest> pending, int from, int done,
                                       BatchResult.Outcome outcome, ApiException failure, int calls, int fromCache) {
        BatchState rest = new BatchState(pending.subList(from, pending.size()), done);
        return new BatchResult(pages, rest, outcome, failure, calls, fromCache);
    }

    /** The last page worth asking for after {@code page}: an empty page ends the search. */
    private static int lastPageKnown(SearchRequest request, SearchPage page) {
        if (page.isEmpty()) {
            return request.page() - 1;
        }
        // A service that sends no total (0) tells us nothing about where the end is.
        return page.totalPages() > 0 ? Math.max(page.totalPages(), request.page()) : Integer.MAX_VALUE;
    }

    private static String searchKey(SearchRequest r) {
        return r.normalisedQuery() + '\u0000' + r.perPage();
    }
}
