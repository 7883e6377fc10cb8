package com.talentfinder.api;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import java.util.List;

/**
 * What a {@link MultiPageFetcher} gathered: the freelancers of several pages of one query, de-duplicated by id
 * (first occurrence kept, in the order the service gave them).
 *
 * @param request      the request of the first page (its page size applies to every page)
 * @param pagesFetched how many pages were actually answered (an empty last page counts: it was a call)
 * @param totalResults how many freelancers match in all, as the service last reported
 * @param totalPages   how many pages there are at this page size, as the service last reported
 */
public record MultiPageResult(
        SearchRequest request,
        int pagesFetched,
        long totalResults,
        int totalPages,
        List<Freelancer> freelancers) {

    public MultiPageResult {
        freelancers = freelancers == null ? List.of() : List.copyOf(freelancers);
    }
}
