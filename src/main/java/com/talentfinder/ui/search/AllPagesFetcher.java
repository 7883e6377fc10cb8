package com.talentfinder.ui.search;

import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.TimeSource;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    /**
     * The page kept on disk for {@code request} (the page cache), however old, read without a call; empty when
     * none is kept (never fetched, or the cache was cleared). Lets the window keep few pages in memory: a page
     * seen before is read back from disk, never bought again. Runs on a worker thread.
     */
    default Optional<SearchPage> stored(SearchRequest request) {
        return Optional.empty();
    }

    /** True when {@link #stored} would answer {@code request} (a cheap check). Runs on a worker thread. */
    default boolean holds(SearchRequest request) {
        return false;
    }

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

            @Override
            public Optional<SearchPage> stored(SearchRequest request) {
                return fetcher.get().stored(request);
            }

            @Override
            public boolean holds(SearchRequest request) {
                return fetcher.get().holds(request);
            }
        };
    }

    /**
     * Straight over {@code source}, no pace (tests and previews); every page a call, unless {@code source} is a
     * {@link CachingSource}, whose cache then also answers {@link #stored}.
     */
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

            @Override
            public Optional<SearchPage> stored(SearchRequest request) {
                return fetcher.stored(request);
            }

            @Override
            public boolean holds(SearchRequest request) {
                return fetcher.holds(request);
            }
        };
    }
}
