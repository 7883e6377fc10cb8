package com.talentfinder.app;

import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;

/**
 * The one place that builds the batch planner and fetcher over the source in force, for the command line,
 * shortlist refresh, "all pages" and what comes next (insights): cached pages are free, live calls are paced
 * by the one shared limiter, demo calls are neither paced nor counted.
 */
public final class BatchWork {

    private final AppServices services;

    BatchWork(AppServices services) {
        this.services = services;
    }

    /** Tells the cost of a batch first: over the mode in force now. */
    public BatchPlanner planner() {
        return planner(services.mode());
    }

    /** Tells the cost of a batch over {@code mode}. */
    public BatchPlanner planner(AppServices.Mode mode) {
        return new BatchPlanner(r -> mode.chain().isCached(r), services.creditMeter(),
                mode.demo() ? null : services.limiter());
    }

    /** Fetches a batch over the mode in force now. */
    public BatchFetcher fetcher() {
        return fetcher(services.mode());
    }

    /** Fetches a batch over {@code mode} (the command line's {@code --demo} picks its own). */
    public BatchFetcher fetcher(AppServices.Mode mode) {
        return new BatchFetcher(mode.chain(), mode.demo() ? null : services.limiter());
    }
}
