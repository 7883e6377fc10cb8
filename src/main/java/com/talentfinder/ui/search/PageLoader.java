package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.search.PagingState.Fetched;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * Brings a page of a search onto the screen: from memory when already fetched (no call), read back from the page
 * cache when fetched earlier but no longer in memory (no call), else through the
 * {@link PageFetcher} on the {@link LatestFetch} (a new load cancels the one in flight), then tells every part of
 * the screen. Keeps the search shown ({@link #current()}) and the one being loaded or failed ({@link #pending()}),
 * which Retry loads again.
 */
final class PageLoader {

    private final PageFetcher pages;
    private final LatestFetch fetches;
    private final PagingState paging;
    private final PageOrigin origin;
    private final ShownResults shown;
    private final SearchErrors errors;
    private final SearchActivity activity;
    private final AllPagesViewModel allPages;
    private final RecentSearches recent;
    private final Clock clock;
    private final BooleanSupplier demo;

    private SearchRequest current;
    private SearchRequest pending;
    /** True when {@link #pending} is a Refresh: a retry must call again too. */
    private boolean pendingFresh;

    PageLoader(PageFetcher pages, LatestFetch fetches, PagingState paging, PageOrigin origin, ShownResults shown,
               SearchErrors errors, SearchActivity activity, AllPagesViewModel allPages, RecentSearches recent,
               Clock clock, BooleanSupplier demo) {
        this.pages = pages;
        this.fetches = fetches;
        this.paging = paging;
        this.origin = origin;
        this.shown = shown;
        this.errors = errors;
        this.activity = activity;
        this.allPages = allPages;
        this.recent = recent;
        this.clock = clock;
        this.demo = demo;
    }

    /** The search whose page is shown, or null before the first. */
    SearchRequest current() {
        return current;
    }

    /** The search being loaded, or the one that failed (Retry loads it), or null. */
    SearchRequest pending() {
        return pending;
    }

    /** Loads the failed search again the way it was asked (a Refresh calls again); false when none failed. */
    boolean retryPending() {
        if (pending == null) {
            return false;
        }
        load(pending, pendingFresh);
        return true;
    }

    /** Stops the fetch in flight and the rate-limit wait. */
    void stop() {
        fetches.cancel();
        errors.stopWait();
    }

    /** Shows {@code request}'s page: from memory when already fetched (unless {@code fresh}), else fetched. */
    void load(SearchRequest request, boolean fresh) {
        stop();
        errors.clear();
        Fetched known = fresh ? null : paging.known(request);
        if (known == null && !fresh) {
            known = allPages.kept(request);
        }
        if (known != null) {
            paging.remember(request, known);
            show(request, known, true);
            return;
        }
        // Seen earlier but no longer in memory: read back from the page cache, no call.
        boolean readBack = !fresh && paging.wasFetched(request);
        boolean wasDemo = paging.wasDemo(request);
        pending = request;
        pendingFresh = fresh;
        activity.started(current == null || shown.isEmpty() ? null : current.query(),
                current != null && current.normalisedQuery().equals(request.normalisedQuery()));
        fetches.start("search " + request.page(), progress -> readBack ? pages.readBack(request, wasDemo)
                : pages.fetch(request, fresh), result -> {
                    paging.remember(request, result);
                    show(request, result, false); // a page read back says "from cache" by itself
                    if (request.page() == 1 && !readBack) {
                        recent.remember(request);
                    }
                }, this::fail);
    }

    /** @param fromMemory true when the page was already fetched: shown again with no call */
    private void show(SearchRequest request, Fetched result, boolean fromMemory) {
        current = request;
        pending = null;
        SearchPage page = result.page();
        paging.show(request, page);
        allPages.showing(request, result);
        origin.show(fromMemory || page.fromCache(), result.fetchedAt(), clock.instant(), result.demo());
        shown.show(request, page.freelancers(), result.demo());
        errors.succeeded();
        activity.succeeded();
    }

    private void fail(Throwable thrown) {
        if (!errors.fail(thrown, !demo.getAsBoolean())) {
            return;
        }
        activity.failed(current == null || shown.isEmpty() ? null : current.query());
        if (errors.errorProperty().get() == null) {
            pending = null; // the search text was refused: nothing to retry
        }
    }
}
