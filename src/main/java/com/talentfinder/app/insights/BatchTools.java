package com.talentfinder.app.insights;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;

/**
 * The batch fetcher and planner insights runs on, from the one shared factory ({@code AppServices.batches()}):
 * the mode's chain (cache, retries, pacing, metering), paced by the shared limiter except for the demo.
 *
 * @param demo true when the pages come from the offline demo data
 */
public record BatchTools(BatchFetcher fetcher, BatchPlanner planner, boolean demo) {

    public static BatchTools of(AppServices services, AppServices.Mode mode) {
        return new BatchTools(services.batches().fetcher(mode), services.batches().planner(mode), mode.demo());
    }
}
