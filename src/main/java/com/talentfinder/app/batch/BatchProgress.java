package com.talentfinder.app.batch;

import java.time.Duration;

/**
 * Progress of a batch, after each request.
 *
 * @param done      requests finished (fetched, answered by the cache, or skipped past the last page)
 * @param total     requests in the batch
 * @param calls     real calls made so far in this run
 * @param fromCache pages the cache answered so far in this run
 * @param timeLeft  estimated time for the rest at the current pace
 */
public record BatchProgress(int done, int total, int calls, int fromCache, Duration timeLeft) {

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
