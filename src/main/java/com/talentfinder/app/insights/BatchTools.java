package com.talentfinder.app.insights;

import com.talentfinder.api.RateLimiter;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;

/**
 * The batch fetcher and planner insights runs on, built in this ONE place (swap {@link #of} for the shared
 * batch-fetcher factory when it exists). Same construction as the command line's search: the mode's chain
 * (cache, retries, pacing, metering), paced by the shared limiter except for the demo, which costs nothing.
 *
 * @param demo true when the pages come from the offline demo data
 */
public record BatchTools(BatchFetcher fetcher, BatchPlanner planner, boolean demo) {

    public static BatchTools of(AppServices services, AppServices.Mode mode) {
        RateLimiter limiter = mode.demo() ? null : services.limiter();
        return new BatchTools(new BatchFetcher(mode.chain(), limiter),
                new BatchPlanner(mode.chain(), services.creditMeter(), limiter), mode.demo());
    }
}
