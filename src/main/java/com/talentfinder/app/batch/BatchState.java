package com.talentfinder.app.batch;

import com.talentfinder.domain.SearchRequest;
import java.util.List;

/**
 * Where a batch stands: the requests still to run and how many are done. Pass it back to
 * {@link BatchFetcher#fetch} to resume; pages already fetched are in the cache, so resuming calls for none of them.
 */
public record BatchState(List<SearchRequest> pending, int done) {

    public BatchState {
        pending = List.copyOf(pending);
        if (done < 0) {
            throw new IllegalArgumentException("done must not be negative");
        }
    }

    public static BatchState of(List<SearchRequest> requests) {
        return new BatchState(requests, 0);
    }

    /** {@code pages} consecutive pages from {@code first}. */
    public static BatchState pages(SearchRequest first, int pages) {
        return of(BatchPlanner.pagesFrom(first, pages));
    }

    public int total() {
        return done + pending.size();
    }

    public boolean isComplete() {
        return pending.isEmpty();
    }
}
