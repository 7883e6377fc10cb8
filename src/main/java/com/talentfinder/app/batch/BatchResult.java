package com.talentfinder.app.batch;

import com.talentfinder.api.ApiException;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch fetched, whole or partial. A cancelled or failed batch keeps every page it got, and
 * {@link #remaining()} resumes it later.
 *
 * @param pages     the pages fetched in this run, in request order
 * @param remaining what is left to run (empty pending when complete)
 * @param outcome   how the run ended
 * @param failure   the error that stopped the run, when {@code outcome} is FAILED
 * @param calls     real calls made in this run
 * @param fromCache pages the cache answered in this run
 */
public record BatchResult(List<SearchPage> pages, BatchState remaining, Outcome outcome, ApiException failure,
                          int calls, int fromCache) {

    /** How a batch run ended. */
    public enum Outcome { COMPLETED, CANCELLED, FAILED }

    public BatchResult {
        pages = List.copyOf(pages);
    }

    public boolean isComplete() {
        return outcome == Outcome.COMPLETED;
    }

    public Optional<ApiException> failureCause() {
        return Optional.ofNullable(failure);
    }

    /** The freelancers of every page, first occurrence kept, de-duplicated by id (deep pages repeat profiles). */
    public List<Freelancer> uniqueFreelancers() {
        Map<String, Freelancer> byId = new LinkedHashMap<>();
        for (SearchPage p : pages) {
            for (Freelancer f : p.freelancers()) {
                byId.putIfAbsent(f.id(), f);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
