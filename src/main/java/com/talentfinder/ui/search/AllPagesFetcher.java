package com.talentfinder.ui.search;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.TimeSource;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What "Filter across all pages" needs from the app: the cost of the pages not fetched yet, and the batch queue
 * that fetches them (cache, pacing and credits: the app's {@link BatchPlanner} and {@link BatchFetcher} for the
 * mode in force). Both run on a worker thread.
 */
public interface AllPagesFetcher {

    /** Pages, calls (credits), pages the cache answers, and the time at the plan's pace. */
    BatchEstimate estimate(List<SearchRequest> requests);

    /** Fetches {@code requests} one by one; stops on Cancel or the first failure, keeping what it fetched. */
    BatchResult fetch(List<SearchRequest> requests, BatchListener listener, BatchCancellation cancel);

    /** The app's planner and fetcher, built for the mode in force at each use. */
    static AllPagesFetcher of(Supplier<BatchPlanner> planner, Supplier<BatchFetcher> fetcher) {
        return new AllPagesFetcher() {
            @Override
            public BatchEstimate estimate(List<SearchRequest> requests) {
                return planner.get().estimate(requests);
            }

            @Override
            public BatchResult fetch(List<SearchRequest> requests, BatchListener listener, BatchCancellation cancel) {
                return fetcher.get().fetch(BatchState.of(requests), listener, cancel);
            }
        };
    }

    /** Straight over {@code source}, every page a call, no pace (tests and previews). */
    static AllPagesFetcher over(FreelancerSource source) {
        BatchFetcher fetcher = new BatchFetcher(source, r -> false, null, TimeSource.SYSTEM);
        return new AllPagesFetcher() {
            @Override
            public BatchEstimate estimate(List<SearchRequest> requests) {
                return new BatchEstimate(requests.size(), 0, requests.size(), Integer.MAX_VALUE, false,
                        Duration.ZERO);
            }

            @Override
            public BatchResult fetch(List<SearchRequest> requests, BatchListener listener, BatchCancellation cancel) {
                return fetcher.fetch(BatchState.of(requests), listener, cancel);
            }
        };
    }
}
