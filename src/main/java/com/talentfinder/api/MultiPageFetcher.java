package com.talentfinder.api;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches several consecutive pages of one query, one call at a time, and de-duplicates the freelancers by id
 * (deep pages repeat profiles already seen). It stops early at an empty page or past the last page the service
 * reports, so it never spends a credit on a page that cannot exist.
 *
 * <p>Failures: when the first page fails, its {@link ApiException} is thrown as it is (nothing was fetched);
 * when a later page fails, a {@link PartialFetchException} carries the pages fetched so far. Interrupting
 * the thread stops the fetch with {@link InterruptedException}.
 */
public final class MultiPageFetcher {

    /** Told after each page: {@code done} pages of {@code planned} (which can shrink once totals are known). */
    @FunctionalInterface
    public interface Progress {
        void pagesDone(int done, int planned);

        Progress NONE = (done, planned) -> { };
    }

    private final FreelancerSource source;

    public MultiPageFetcher(FreelancerSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param first     the first page to fetch (its query and page size apply to all)
     * @param pageCount how many pages at most, from {@code first.page()} on; at least 1
     */
    public MultiPageResult fetch(SearchRequest first, int pageCount, Progress progress)
            throws ApiException, PartialFetchException, InterruptedException {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(progress, "progress");
        if (pageCount < 1) {
            throw new IllegalArgumentException("pageCount must be 1 or more");
        }
        Map<String, Freelancer> byId = new LinkedHashMap<>();
        int planned = pageCount;
        int done = 0;
        long totalResults = 0;
        int totalPages = 0;
        for (int i = 0; i < planned; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            SearchPage page;
            try {
                page = source.search(first.withPage(first.page() + i));
            } catch (ApiException e) {
                if (done == 0) {
                    throw e;
                }
                throw new PartialFetchException(result(first, done, totalResults, totalPages, byId), e);
            }
            done++;
            if (page.isEmpty()) {
                if (done == 1) {
                    totalResults = page.totalResults();
                    totalPages = page.totalPages();
                }
                progress.pagesDone(done, done);
                break;
            }
            // Totals only grow with knowledge: the first page's, or more when a later page says so.
            totalResults = Math.max(totalResults, page.totalResults());
            totalPages = Math.max(totalPages, page.totalPages());
            for (Freelancer f : page.freelancers()) {
                byId.putIfAbsent(f.id(), f);
            }
            int lastUseful = totalPages - first.page() + 1;
            planned = Math.max(done, Math.min(pageCount, lastUseful));
            progress.pagesDone(done, planned);
        }
        return result(first, done, totalResults, totalPages, byId);
    }

    private static MultiPageResult result(SearchRequest first, int done, long totalResults, int totalPages,
            Map<String, Freelancer> byId) {
        return new MultiPageResult(first, done, totalResults, totalPages, new ArrayList<>(byId.values()));
    }

    /** The same as {@link #fetch(SearchRequest, int, Progress)} without progress reports. */
    public MultiPageResult fetch(SearchRequest first, int pageCount)
            throws ApiException, PartialFetchException, InterruptedException {
        return fetch(first, pageCount, Progress.NONE);
    }
}
