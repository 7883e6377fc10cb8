package com.talentfinder.cli;

import com.talentfinder.api.ApiException;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.io.PrintWriter;
import java.time.Duration;

/** Fetches one or more pages for the command line through the batch queue (cache, pacing, credits). */
final class SearchRunner {

    private SearchRunner() {
    }

    static ResultPrinter.Result fetch(AppServices.Mode mode, AppServices services, SearchRequest first, int pages,
                                      PrintWriter err) throws ApiException {
        BatchFetcher fetcher = services.batches().fetcher(mode);
        Runnable stopListening = services.addRetryWaitListener((remaining, attempt) -> {
            long seconds = remaining.toSeconds();
            if (seconds > 0 && (seconds % 10 == 0 || seconds <= 3)) {
                err.println("The service asked us to wait: retrying in " + seconds + " s…");
                err.flush();
            }
        });
        BatchResult result;
        try {
            result = fetcher.fetch(BatchState.pages(first, pages), new PacingMessages(err), new BatchCancellation());
        } finally {
            stopListening.run();
        }
        if (result.outcome() == BatchResult.Outcome.FAILED) {
            if (result.pages().isEmpty()) {
                throw result.failure();
            }
            err.println(result.failure().getMessage() + " Showing the " + result.pages().size()
                    + " page(s) fetched before that.");
        }
        long total = 0;
        int totalPages = 0;
        for (SearchPage p : result.pages()) {
            total = Math.max(total, p.totalResults());
            totalPages = Math.max(totalPages, p.totalPages());
        }
        return new ResultPrinter.Result(first.query(), first.page(), first.perPage(), result.pages().size(), total,
                totalPages, result.uniqueFreelancers());
    }

    /** Tells the user on stderr, every ten seconds and in the last three, that the app is pacing its calls. */
    private static final class PacingMessages implements BatchListener {
        private final PrintWriter err;
        private long lastSecondsShown = -1;

        PacingMessages(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void onRateLimitWait(Duration remaining) {
            long seconds = remaining.toSeconds();
            if (seconds > 0 && (lastSecondsShown < 0 || seconds % 10 == 0 || seconds <= 3)
                    && seconds != lastSecondsShown) {
                err.println("Pacing calls to your plan's limit: next call in " + seconds + " s…");
                err.flush();
            }
            lastSecondsShown = seconds;
        }
    }
}
