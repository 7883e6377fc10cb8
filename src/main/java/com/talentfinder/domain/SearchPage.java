package com.talentfinder.domain;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results as the service (or the cache) returned it.
 *
 * @param totalResults how many freelancers match in all, as the service reported
 * @param totalPages   how many pages there are at this page size
 * @param fetchedAt    when the service answered (for a cached page: when it was first fetched)
 * @param fromCache    true when no call was made to produce this page
 */
public record SearchPage(
        SearchRequest request,
        long totalResults,
        int totalPages,
        List<Freelancer> freelancers,
        Instant fetchedAt,
        boolean fromCache) {

    public SearchPage {
        freelancers = freelancers == null ? List.of() : List.copyOf(freelancers);
        totalResults = Math.max(0, totalResults);
        totalPages = Math.max(0, totalPages);
    }

    public SearchPage asCached() {
        return new SearchPage(request, totalResults, totalPages, freelancers, fetchedAt, true);
    }

    public boolean isEmpty() {
        return freelancers.isEmpty();
    }
}
