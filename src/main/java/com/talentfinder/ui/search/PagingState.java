package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * before or after, and the pages already fetched, so a page seen once is never bought again. Memory stays bounded
 * in a long session: only the last {@link #REMEMBERED_PAGES} pages are kept whole (Back/Forward), every other page
 * fetched is only noted ({@link #wasFetched}) and read back from the page cache on disk, with no call, when needed
 * again. A page the disk cache does not hold (no cache, or it could not be written) is kept whole instead, up to
 * {@link #UNSTORED_PAGES}. Owned and updated by {@link SearchViewModel}; views bind to its read-only properties.
 */
public final class PagingState {

    /** Pages kept whole in memory (their disk copy read back after that); the least recently shown goes first. */
    static final int REMEMBERED_PAGES = 20;
    /** Pages with no disk copy kept whole in memory (the bound all pages had before the disk was read back). */
    static final int UNSTORED_PAGES = 200;
    /** Pages noted as fetched (a few hundred bytes each), the least recently shown forgotten first. */
    static final int NOTED_PAGES = 10_000;

    /**
     * A fetched page, whether it came from the demo data, when the service answered it (for a page out of the
     * cache: its original fetch), and whether the page cache on disk holds it (then it can be read back).
     */
    record Fetched(SearchPage page, boolean demo, Instant fetchedAt, boolean stored) {
        Fetched(SearchPage page, boolean demo, Instant fetchedAt) {
            this(page, demo, fetchedAt, false);
        }
    }

    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper totalPages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper totalResults = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    private final Map<SearchRequest, Fetched> whole = lru(REMEMBERED_PAGES);
    private final Map<SearchRequest, Fetched> unstored = lru(UNSTORED_PAGES);
    /** Every page fetched, whole or not: whether it is demo data (pages read back keep it). */
    private final Map<SearchRequest, Boolean> noted = lru(NOTED_PAGES);

    PagingState() {
    }

    private static <V> Map<SearchRequest, V> lru(int bound) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, V> eldest) {
                return size() > bound;
            }
        };
    }

    // Fetched pages //

    /** The page already fetched for {@code request} and kept whole in memory, or null. */
    Fetched known(SearchRequest request) {
        Fetched f = whole.get(request);
        return f != null ? f : unstored.get(request);
    }

    /** True when {@code request}'s page was fetched (kept whole, or to be read back from disk). */
    boolean wasFetched(SearchRequest request) {
        return noted.get(request) != null;
    }

    /** Whether the page fetched for {@code request} was demo data (false when unknown). */
    boolean wasDemo(SearchRequest request) {
        return Boolean.TRUE.equals(noted.get(request));
    }

    /** Keeps (or replaces) the page fetched for {@code request}. */
    void remember(SearchRequest request, Fetched fetched) {
        noted.put(request, fetched.demo());
        whole.remove(request);
        unstored.remove(request);
        (fetched.stored() ? whole : unstored).put(request, fetched);
    }

    /** Forgets the page fetched for {@code request}, so the next load calls again. */
    void forget(SearchRequest request) {
        whole.remove(request);
        unstored.remove(request);
        noted.remove(request);
    }

    /** The pages of {@code request}'s search (same words, same page size) kept whole, by page number. */
    Map<Integer, Fetched> pagesOf(SearchRequest request) {
        Map<Integer, Fetched> out = new TreeMap<>();
        for (Map<SearchRequest, Fetched> kept : List.of(unstored, whole)) {
            kept.forEach((r, f) -> {
                if (AllPagesViewModel.sameSearch(r, request)) {
                    out.put(r.page(), f);
                }
            });
        }
        return out;
    }

    /** The page numbers fetched of {@code request}'s search, whether kept whole or not, in order. */
    SortedSet<Integer> pageNumbersOf(SearchRequest request) {
        SortedSet<Integer> out = new TreeSet<>();
        noted.keySet().forEach(r -> {
            if (AllPagesViewModel.sameSearch(r, request)) {
                out.add(r.page());
            }
        });
        return out;
    }

    /** How many pages are kept whole in memory (tests). */
    int pagesInMemory() {
        return whole.size() + unstored.size();
    }

    /** Forgets every page fetched (the source changed: demo and live pages must never mix). */
    void forgetAll() {
        whole.clear();
        unstored.clear();
        noted.clear();
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
