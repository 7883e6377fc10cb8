package com.talentfinder.app.saved;

import java.time.Instant;

/**
 * A saved search as its list shows it: the search, its latest run (null before the first) and when the run before
 * that happened (null when the latest run is the first): "3 new since Monday" is {@code lastRun.newCount()} since
 * {@code previousRunAt}.
 */
public record SavedSearchSummary(SavedSearch search, RunSummary lastRun, Instant previousRunAt) {

    /** What one run cost and found. */
    public record RunSummary(int runNo, Instant ranAt, int pagesFetched, int calls, int newCount, int seenBefore,
                             RunOutcome.Ending ending) {
    }

    /** True when the latest run was the search's first: everyone it found is new. */
    public boolean firstRun() {
        return lastRun != null && previousRunAt == null;
    }
}
