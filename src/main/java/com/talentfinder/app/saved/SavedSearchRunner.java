package com.talentfinder.app.saved;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.SavedSearchRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs one saved search: page after page through a fetcher that asks the service afresh (from the one batch
 * factory, so every call is paced and counted and every answer stored in the page cache), marks whom no earlier
 * run had seen, stops at the first page with nobody new when the search says so, and records the run (what it
 * met, in one transaction). A run that fetched nothing (failed or cancelled before the first answer) records
 * nothing.
 */
final class SavedSearchRunner {

    private final SavedSearchRepository repository;
    private final Clock clock;

    SavedSearchRunner(SavedSearchRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    RunOutcome run(SavedSearch search, BatchFetcher fetcher, BatchListener listener, BatchCancellation cancel) {
        Set<String> seen = repository.seenIds(search.id());
        SearchRequest first = new SearchRequest(search.query(), 1, search.perPage());
        List<SavedSearchRepository.Met> met = new ArrayList<>();
        List<Freelancer> results = new ArrayList<>();
        List<String> newIds = new ArrayList<>();
        Set<String> thisRun = new HashSet<>();
        int seenBefore = 0;
        int calls = 0;
        int pagesFetched = 0;
        RunOutcome.Ending ending = RunOutcome.Ending.ALL_PAGES;
        com.talentfinder.api.ApiException failure = null;
        for (int page = 1; page <= search.pages(); page++) {
            if (cancel.isCancelled()) {
                ending = RunOutcome.Ending.CANCELLED;
                break;
            }
            int donePages = page - 1;
            int callsSoFar = calls;
            BatchResult r = fetcher.fetch(BatchState.of(List.of(first.withPage(page))), new BatchListener() {
                @Override
                public void onProgress(BatchProgress p) {
                    listener.onProgress(new BatchProgress(donePages + p.done(), search.pages(),
                            callsSoFar + p.calls(), 0, Duration.ZERO));
                }

                @Override
                public void onRateLimitWait(Duration remaining) {
                    listener.onRateLimitWait(remaining);
                }
            }, cancel);
            calls += r.calls();
            if (r.outcome() == BatchResult.Outcome.FAILED) {
                ending = RunOutcome.Ending.FAILED;
                failure = r.failure();
                break;
            }
            if (r.outcome() == BatchResult.Outcome.CANCELLED || r.pages().isEmpty()) {
                ending = RunOutcome.Ending.CANCELLED;
                break;
            }
            SearchPage p = r.pages().get(0);
            pagesFetched++;
            boolean anyNew = false;
            for (Freelancer f : p.freelancers()) {
                if (!thisRun.add(f.id())) {
                    continue; // deep pages repeat profiles
                }
                boolean matches = search.filters().test(f);
                boolean isNew = !seen.contains(f.id());
                anyNew |= isNew;
                met.add(new SavedSearchRepository.Met(f.id(), met.size(), matches, FreelancerJson.toJson(f).toString()));
                if (matches) {
                    results.add(f);
                    if (isNew) {
                        newIds.add(f.id());
                    } else {
                        seenBefore++;
                    }
                }
            }
            if (p.isEmpty() || (p.totalPages() > 0 && page >= p.totalPages())) {
                ending = page < search.pages() ? RunOutcome.Ending.END_OF_RESULTS : RunOutcome.Ending.ALL_PAGES;
                break;
            }
            if (search.stopWhenNothingNew() && !anyNew && page < search.pages()) {
                ending = RunOutcome.Ending.NOTHING_NEW;
                break;
            }
        }
        boolean recorded = pagesFetched > 0;
        if (recorded) {
            repository.recordRun(search.id(), clock.instant(), pagesFetched, calls, ending.name(), met);
        }
        return new RunOutcome(search.name(), results, newIds, seenBefore, pagesFetched, calls, ending, failure,
                recorded);
    }
}
