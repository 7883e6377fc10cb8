package com.talentfinder.ui.search;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.InvalidSearchException;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.Ticker;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The search and its paging: the query, the page shown, what is loading, what went wrong, and the one shared
 * selection the detail pane binds to. Every fetch runs through the {@link TaskRunner}; a new fetch cancels
 * the one in flight; a page already fetched is shown again from memory without a call.
 */
public final class SearchViewModel {

    /** The results-per-page choices. */
    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50);
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int SUGGESTIONS = 8;

    private final RecentSearches recent;
    private final BooleanSupplier demoModeSource;
    private final SearchErrors errors;
    private final SearchActivity activity;
    private final AllPagesViewModel allPages;

    // Properties //
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Integer> perPage = new SimpleObjectProperty<>(DEFAULT_PAGE_SIZE);
    private final ShownResults shown = new ShownResults();
    private final ReadOnlyBooleanWrapper demoMode = new ReadOnlyBooleanWrapper();
    private final PagingState paging = new PagingState();
    private final PageOrigin origin = new PageOrigin();
    private final LatestFetch fetches;
    private final WaitNotice waits;

    private final PageLoader loader;

    /** A view model whose Refresh calls {@code source} again, on the system clock (tests, previews). */
    public SearchViewModel(FreelancerSource source, TaskRunner runner, SearchHistory history, Ticker ticker,
                           BooleanSupplier demoMode) {
        this(source, source, runner, history, ticker, Clock.systemDefaultZone(), demoMode);
    }

    /**
     * @param source        answers searches and paging: the whole chain, so a cached page costs no call
     * @param refreshSource answers "Refresh": always calls (in the app, the chain's {@code searchFresh})
     * @param clock         for how old a cached page is
     * @param demoMode      answers, cheaply and on any thread, whether searches are now answered by demo data
     */
    public SearchViewModel(FreelancerSource source, FreelancerSource refreshSource, TaskRunner runner,
                           SearchHistory history, Ticker ticker, Clock clock, BooleanSupplier demoMode) {
        this(source, refreshSource, runner, history, ticker, clock, demoMode, () -> 0,
                AllPagesFetcher.over(source));
    }

    /**
     * @param callsMade the credits counted so far (in the app: the ledger's count this month), read on the worker
     *                  thread before and after a fetch, so a failure can say what it cost
     * @param allPages  fetches the pages of a search not fetched yet, once the user accepts the cost
     */
    public SearchViewModel(FreelancerSource source, FreelancerSource refreshSource, TaskRunner runner,
                           SearchHistory history, Ticker ticker, Clock clock, BooleanSupplier demoMode,
                           LongSupplier callsMade, AllPagesFetcher allPages) {
        this.allPages = new AllPagesViewModel(runner, allPages, demoMode, paging, clock);
        this.activity = new SearchActivity(ticker);
        this.fetches = new LatestFetch(runner);
        this.waits = new WaitNotice(fetches::isBusy);
        this.recent = new RecentSearches(history, runner);
        this.demoModeSource = demoMode;
        this.errors = new SearchErrors(ticker);
        this.demoMode.set(demoMode.getAsBoolean());
        shown.demoModeChanged(this.demoMode.get());
        PageFetcher fetcher = new PageFetcher(source, refreshSource, clock, demoMode, callsMade, allPages);
        this.loader = new PageLoader(fetcher, fetches, paging, origin, shown, errors, activity, this.allPages, recent, clock, this.demoMode::get);
        fetches.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                waits.clear();
            }
        });
        query.addListener((o, was, now) -> recent.edited(now));
        perPage.addListener((o, was, now) -> {
            SearchRequest current = loader.current();
            if (current != null && now != null && !now.equals(current.perPage())) {
                loader.load(new SearchRequest(current.query(), 1, now), false);
            }
        });
    }

    // Commands //

    /** Searches page 1 of the query typed; an invalid query shows its message under the field instead. */
    public void search() {
        SearchRequest request;
        try {
            request = new SearchRequest(query.get(), 1, perPage.get() == null ? DEFAULT_PAGE_SIZE : perPage.get());
        } catch (InvalidSearchException e) {
            errors.input(e.getMessage());
            return;
        }
        recent.searching(query.get());
        loader.load(request, false);
    }

    /** Stops the search in flight (or the rate-limit wait); what was shown stays. */
    public void cancel() {
        if (fetches.isBusy()) {
            activity.cancelled(!demoMode.get());
        }
        loader.stop();
    }

    /** Tries the failed fetch again, or fetches the page shown again. */
    public void retry() {
        if (!loader.retryPending()) {
            refresh();
        }
    }

    /**
     * Fetches the page shown again through the refresh source (a real call, even when the page is in memory or
     * in the cache); on success the new page replaces the old one, on failure the old one stays.
     */
    public void refresh() {
        if (loader.current() != null) {
            loader.load(loader.current(), true);
        }
    }

    /** Hides the error banner (and stops a countdown). */
    public void dismissError() {
        errors.dismiss();
    }

    public void firstPage() {
        goToPage(1);
    }

    /** Quick repeated clicks move on from the page being loaded, not the page shown. */
    public void previousPage() {
        goToPage(headingFor() - 1);
    }

    public void nextPage() {
        goToPage(headingFor() + 1);
    }

    private int headingFor() {
        return fetches.isBusy() && loader.pending() != null ? loader.pending().page() : paging.pageProperty().get();
    }

    public void lastPage() {
        goToPage(paging.totalPagesProperty().get());
    }

    /** Shows page {@code n} of the current search, kept within the pages there are. */
    public void goToPage(int n) {
        SearchRequest current = loader.current();
        if (current == null) {
            return;
        }
        int target = paging.clamp(n);
        if (target == current.page() && loader.pending() == null) {
            return;
        }
        loader.load(current.withPage(target), false);
    }

    /**
     * Re-reads whether searches are answered by demo data (call after Settings change). When that changed, or the
     * key had been rejected, the pages kept in memory are forgotten and the search on screen runs again through
     * the new source (demo and live pages are cached apart, so this reaches the live service).
     */
    public void refreshMode() {
        boolean wasDemo = demoMode.get();
        demoMode.set(demoModeSource.getAsBoolean());
        shown.demoModeChanged(demoMode.get());
        if (wasDemo != demoMode.get() || errors.keyRejected()) {
            errors.forgetRejectedKey();
            paging.forgetAll();
            SearchRequest again = loader.pending() != null ? loader.pending() : loader.current();
            if (again != null) {
                loader.load(again, false);
            }
        }
    }

    /**
     * Past queries matching {@code typed}, without the one typed itself; none for the text just searched, until it
     * is edited. Safe to call off the UI thread.
     */
    public List<String> suggestions(String typed) {
        return recent.suggest(typed, SUGGESTIONS);
    }

    // Accessors //

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Integer> perPageProperty() {
        return perPage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return fetches.busyProperty();
    }

    public ReadOnlyObjectProperty<ErrorState> errorProperty() {
        return errors.errorProperty();
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return errors.inputErrorProperty();
    }

    /** The freelancers of the page shown (read-only). */
    public ObservableList<Freelancer> results() {
        return shown.results();
    }

    /** The one shared selection: the results table writes it, the detail pane reads it. */
    public ObjectProperty<Freelancer> selectedProperty() {
        return shown.selectedProperty();
    }

    /** Where the page shown came from: "From cache · fetched 3 h ago" or "Fetched just now". */
    public PageOrigin origin() {
        return origin;
    }

    /** The countdown while a search waits for the rate limit or the service's Retry-After. */
    public WaitNotice waits() {
        return waits;
    }

    /** The page shown, the totals and the pages already fetched. */
    public PagingState paging() {
        return paging;
    }

    public ReadOnlyObjectProperty<ContentState> contentStateProperty() {
        return shown.contentStateProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return shown.emptyMessageProperty();
    }

    /** True when searches are now answered by demo data (no key). */
    public ReadOnlyBooleanProperty demoModeProperty() {
        return demoMode.getReadOnlyProperty();
    }

    /** True after the service refused the key (until a search succeeds or the mode is re-read). */
    public ReadOnlyBooleanProperty keyRejectedProperty() {
        return errors.keyRejectedProperty();
    }

    /** Every fetched result of the search on screen, and the offer to fetch the rest. */
    public AllPagesViewModel allPages() {
        return allPages;
    }

    /** "Still searching…", and whether the results shown are from an earlier search. */
    public SearchActivity activity() {
        return activity;
    }

    /** True when what is on screen is demo data. */
    public ReadOnlyBooleanProperty showingDemoDataProperty() {
        return shown.demoDataProperty();
    }

    /** The search whose page is shown, or null before the first. */
    public SearchRequest currentRequest() {
        return loader.current();
    }
}
