package com.talentfinder.app;

import com.talentfinder.api.TimeSource;
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

    /**
     * Tells the cost of a batch that asks the service afresh (saved searches): no page counts as cached, so the
     * cost is one call a page.
     */
    public BatchPlanner freshPlanner(AppServices.Mode mode) {
        return new BatchPlanner(r -> false, services.creditMeter(), mode.demo() ? null : services.limiter());
    }

    /**
     * Fetches a batch afresh over {@code mode}: the page cache is not read (it would only repeat what was seen),
     * but every answer is still stored in it; calls are paced and counted as any other.
     */
    public BatchFetcher freshFetcher(AppServices.Mode mode) {
        return new BatchFetcher(mode.chain().refreshing(), r -> false, mode.demo() ? null : services.limiter(),
                TimeSource.SYSTEM);
    }
}
