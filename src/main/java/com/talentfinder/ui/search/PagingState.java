package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The paging of the search shown: the page, the totals, "Page X of Y · N freelancers", whether there is a page
 * before or after, and the pages already fetched (kept in memory, so a page seen once is never fetched again).
 * Owned and updated by {@link SearchViewModel}; views bind to its read-only properties.
 */
public final class PagingState {

    /** Pages kept in memory; the least recently shown is forgotten first. */
    static final int REMEMBERED_PAGES = 200;

    /**
     * A fetched page, whether it came from the demo data, and when the service answered it (for a page out of
     * the cache: its original fetch).
     */
    record Fetched(SearchPage page, boolean demo, Instant fetchedAt) {
    }

    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper totalPages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper totalResults = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    private final Map<SearchRequest, Fetched> fetched = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, Fetched> eldest) {
            return size() > REMEMBERED_PAGES;
        }
    };

    PagingState() {
    }

    // Fetched pages //

    /** The page already fetched for {@code request}, or null. */
    Fetched known(SearchRequest request) {
        return fetched.get(request);
    }

    /** Keeps (or replaces) the page fetched for {@code request}. */
    void remember(SearchRequest request, Fetched page) {
        fetched.put(request, page);
    }

    /** Forgets the page fetched for {@code request}, so the next load calls again. */
    void forget(SearchRequest request) {
        fetched.remove(request);
    }

    /** The pages fetched of {@code request}'s search (same words, same page size), by page number. */
    Map<Integer, SearchPage> pagesOf(SearchRequest request) {
        Map<Integer, SearchPage> out = new java.util.TreeMap<>();
        for (Map.Entry<SearchRequest, Fetched> e : fetched.entrySet()) {
            SearchRequest r = e.getKey();
            if (r.perPage() == request.perPage() && r.normalisedQuery().equals(request.normalisedQuery())) {
                out.put(r.page(), e.getValue().page());
            }
        }
        return out;
    }

    /** Forgets every page fetched (the source changed: demo and live pages must never mix). */
    void forgetAll() {
        fetched.clear();
    }

    /** The page {@code n} clamped to the pages there are (at least 1). */
    int clamp(int n) {
        return Math.max(1, Math.min(n, Math.max(1, totalPages.get())));
    }

    /** Shows the paging of {@code shown}, the answer to {@code request}. */
    void show(SearchRequest request, SearchPage shown) {
        page.set(request.page());
        totalPages.set(Math.max(shown.totalPages(), shown.isEmpty() ? 0 : request.page()));
        totalResults.set(Math.max(shown.totalResults(), shown.freelancers().size()));
        canGoBack.set(request.page() > 1);
        canGoForward.set(request.page() < totalPages.get());
        pageInfo.set(totalPages.get() == 0 ? Messages.get("pager.noResults")
                : Messages.format("pager.info", request.page(), totalPages.get(), totalResults.get()));
    }

    // Properties //

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalPagesProperty() {
        return totalPages.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalResultsProperty() {
        return totalResults.getReadOnlyProperty();
    }

    /** "Page X of Y · N freelancers". */
    public ReadOnlyStringProperty pageInfoProperty() {
        return pageInfo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
