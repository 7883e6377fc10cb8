package com.talentfinder.app.batch;

import com.talentfinder.api.CachingSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Says before a batch (multi-page search, shortlist refresh, report) how many calls it makes, how many pages the
 * cache answers, whether that goes past the credits left, and how long it takes at the current pace.
 */
public final class BatchPlanner {

    private final Predicate<SearchRequest> cached;
    private final CreditMeter meter;
    private final RateLimiter limiter;

    /**
     * @param cached  true for a request the cache answers now (e.g. {@code chain::isCached})
     * @param limiter the shared limiter, or null when calls are not paced (the demo)
     */
    public BatchPlanner(Predicate<SearchRequest> cached, CreditMeter meter, RateLimiter limiter) {
        this.cached = Objects.requireNonNull(cached);
        this.meter = Objects.requireNonNull(meter);
        this.limiter = limiter;
    }

    public BatchPlanner(CachingSource chain, CreditMeter meter, RateLimiter limiter) {
        this(chain::isCached, meter, limiter);
    }

    /** {@code pages} consecutive pages from {@code first}. */
    public BatchEstimate estimate(SearchRequest first, int pages) {
        return estimate(pagesFrom(first, pages));
    }

    public BatchEstimate estimate(List<SearchRequest> requests) {
        int cachedPages = (int) requests.stream().filter(cached).count();
        int calls = requests.size() - cachedPages;
        int left = meter.remaining();
        Duration duration = limiter == null ? Duration.ZERO : limiter.estimateTimeFor(calls, Duration.ZERO);
        return new BatchEstimate(requests.size(), cachedPages, calls, left, calls > left, duration);
    }

    /** The requests for {@code pages} consecutive pages starting at {@code first}. */
    public static List<SearchRequest> pagesFrom(SearchRequest first, int pages) {
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            out.add(first.withPage(first.page() + i));
        }
        return out;
    }
}
