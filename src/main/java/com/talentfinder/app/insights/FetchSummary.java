package com.talentfinder.app.insights;

import com.talentfinder.api.ApiException;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.insights.FetchedWindow;

/**
 * How the pages behind an insight were got: complete, cancelled (what was fetched is kept and used) or failed
 * part-way, with the calls spent and when the pages were fetched (for the caveat).
 *
 * @param fetched null when no page was fetched
 */
public record FetchSummary(BatchResult.Outcome outcome, ApiException failure, int pagesFetched, int calls,
                           int fromCache, FetchedWindow fetched, boolean demo) {

    static FetchSummary of(BatchResult r, boolean demo) {
        return new FetchSummary(r.outcome(), r.failure(), r.pages().size(), r.calls(), r.fromCache(),
                FetchedWindow.of(r.pages()), demo);
    }

    public boolean isComplete() {
        return outcome == BatchResult.Outcome.COMPLETED;
    }
}
