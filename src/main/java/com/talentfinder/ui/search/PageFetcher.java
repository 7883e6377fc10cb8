package com.talentfinder.ui.search;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.search.PagingState.Fetched;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The worker-thread half of {@link SearchViewModel}'s fetch: one page through the chain (or, for Refresh, the
 * source that always calls), stamped with when the service answered it and whether it is demo data; a failure
 * carries the credits it used (the calls counted before and after it, retries included).
 */
final class PageFetcher {

    private final FreelancerSource source;
    private final FreelancerSource refreshSource;
    private final Clock clock;
    private final BooleanSupplier demo;
    private final LongSupplier callsMade;

    PageFetcher(FreelancerSource source, FreelancerSource refreshSource, Clock clock, BooleanSupplier demo,
                LongSupplier callsMade) {
        this.source = source;
        this.refreshSource = refreshSource;
        this.clock = clock;
        this.demo = demo;
        this.callsMade = callsMade;
    }

    /** A cached page keeps its original time, a fresh one is stamped now. Runs on the worker thread. */
    Fetched fetch(SearchRequest request, boolean fresh) throws Exception {
        long before = callsMade.getAsLong();
        SearchPage result;
        try {
            result = (fresh ? refreshSource : source).search(request);
        } catch (ApiException | RuntimeException e) {
            throw new SearchErrors.CountedFailure(e, callsMade.getAsLong() - before);
        }
        Instant at = result.fromCache() && result.fetchedAt() != null ? result.fetchedAt() : clock.instant();
        return new Fetched(result, demo.getAsBoolean(), at);
    }
}
