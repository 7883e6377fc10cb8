package com.talentfinder.app.saved;

import com.talentfinder.api.ApiException;
import com.talentfinder.domain.Freelancer;
import java.util.List;

/**
 * What a run of a saved search found.
 *
 * @param name         the saved search's name
 * @param results      the freelancers that pass the search's filters, in the order the service ranked them
 * @param newIds       the ids among {@code results} no earlier run had seen, in order
 * @param seenBefore   how many of {@code results} an earlier run had seen
 * @param pagesFetched pages the service answered in this run
 * @param calls        calls made (credits spent, except on the demo data)
 * @param ending       why the run stopped
 * @param failure      the error that stopped it, when {@code ending} is FAILED
 * @param recorded     false when nothing was fetched, so no run was recorded
 */
public record RunOutcome(String name, List<Freelancer> results, List<String> newIds, int seenBefore,
                         int pagesFetched, int calls, Ending ending, ApiException failure, boolean recorded) {

    /** Why a run stopped. */
    public enum Ending {
        /** Every page asked for was fetched. */
        ALL_PAGES,
        /** The results ended before the last page asked for. */
        END_OF_RESULTS,
        /** "Stop when nothing is new": a page had no one new. */
        NOTHING_NEW,
        CANCELLED,
        FAILED
    }

    public RunOutcome {
        results = List.copyOf(results);
        newIds = List.copyOf(newIds);
    }

    public boolean isNew(Freelancer f) {
        return newIds.contains(f.id());
    }
}
