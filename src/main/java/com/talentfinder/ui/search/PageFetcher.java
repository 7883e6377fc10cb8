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
    private final AllPagesFetcher disk;

    /** @param disk reads back a page the page cache holds, however old, with no call */
    PageFetcher(FreelancerSource source, FreelancerSource refreshSource, Clock clock, BooleanSupplier demo,
                LongSupplier callsMade, AllPagesFetcher disk) {
        this.source = source;
        this.refreshSource = refreshSource;
        this.clock = clock;
        this.demo = demo;
        this.callsMade = callsMade;
        this.disk = disk;
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
        return new Fetched(result, demo.getAsBoolean(), at, disk.holds(request));
    }

    /**
     * A page fetched earlier in the session and no longer kept whole: read back from the page cache, however
     * old, never a call; when the cache no longer holds it (cleared in Settings), fetched like a page never seen,
     * which the Settings' "Clear cache" says costs a call. Runs on the worker thread.
     *
     * @param wasDemo whether the page was demo data when fetched
     */
    Fetched readBack(SearchRequest request, boolean wasDemo) throws Exception {
        SearchPage kept = disk.stored(request).orElse(null);
        if (kept == null) {
            return fetch(request, false);
        }
        return new Fetched(kept, wasDemo, kept.fetchedAt() != null ? kept.fetchedAt() : clock.instant(), true);
    }
}
