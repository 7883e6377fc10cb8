package com.talentfinder.ui.shortlist;

import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Re-checking a list against the API, which has no look-up by id: one search per entry by name and the first
 * words of the title (50 per page), then a match by ciphertext. A profile found is recorded as changed (with
 * what changed) or unchanged; one not found is marked NOT_FOUND and never deleted. No JavaFX: plain logic.
 */
final class ListRefresher {

    /** Words of the title added to the name in the search. */
    static final int TITLE_WORDS = 3;
    static final int PER_PAGE = SearchRequest.MAX_PER_PAGE;

    /** The searches to run for some entries. */
    record Plan(List<ShortlistEntry> entries, Map<String, SearchRequest> requestOf, List<SearchRequest> requests) {
    }

    /** What a refresh found. */
    record Outcome(int changed, int unchanged, int notFound, int notChecked) {
    }

    private ListRefresher() {
    }

    /** The search for one saved profile, or null when it has neither name nor title. */
    static SearchRequest requestFor(Freelancer f) {
        String name = f.name() == null ? "" : f.name().strip();
        String title = f.title() == null ? "" : String.join(" ",
                java.util.Arrays.stream(f.title().strip().split("\\s+")).limit(TITLE_WORDS).toList());
        String query = (name + " " + title).strip().replaceAll("\\s+", " ");
        if (query.isEmpty()) {
            return null;
        }
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            query = query.substring(0, SearchRequest.MAX_QUERY_LENGTH).strip();
        }
        return new SearchRequest(query, 1, PER_PAGE);
    }

    static Plan plan(List<ShortlistEntry> entries) {
        Map<String, SearchRequest> requestOf = new LinkedHashMap<>();
        LinkedHashSet<SearchRequest> unique = new LinkedHashSet<>();
        for (ShortlistEntry e : entries) {
            SearchRequest r = requestFor(e.freelancer());
            if (r != null) {
                requestOf.put(e.freelancerId(), r);
                unique.add(r);
            }
        }
        return new Plan(List.copyOf(entries), requestOf, new ArrayList<>(unique));
    }

    /**
     * Records the outcome for every entry whose search ran; entries whose search did not run (cancelled,
     * failed) are left as they were and counted as not checked.
     */
    static Outcome apply(ShortlistRepository repo, long listId, Plan plan, BatchResult result) {
        Map<String, SearchPage> pageOf = new HashMap<>();
        for (SearchPage p : result.pages()) {
            pageOf.put(p.request().normalisedQuery(), p);
        }
        int changed = 0;
        int unchanged = 0;
        int notFound = 0;
        int notChecked = 0;
        for (ShortlistEntry e : plan.entries()) {
            SearchRequest r = plan.requestOf().get(e.freelancerId());
            SearchPage page = r == null ? null : pageOf.get(r.normalisedQuery());
            if (page == null) {
                notChecked++;
                continue;
            }
            Freelancer now = page.freelancers().stream().filter(f -> f.id().equals(e.freelancerId()))
                    .findFirst().orElse(null);
            if (now == null) {
                repo.recordRefresh(listId, e.freelancerId(), RefreshState.NOT_FOUND, null);
                notFound++;
                continue;
            }
            String changes = RefreshChanges.between(e.freelancer(), now);
            repo.recordRefresh(listId, e.freelancerId(), changes == null ? RefreshState.UNCHANGED
                    : RefreshState.CHANGED, changes);
            if (changes == null) {
                unchanged++;
            } else {
                changed++;
            }
        }
        return new Outcome(changed, unchanged, notFound, notChecked);
    }
}
