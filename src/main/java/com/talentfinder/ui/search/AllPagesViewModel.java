package com.talentfinder.ui.search;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.ApiErrorText;
import com.talentfinder.ui.search.PagingState.Fetched;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every result the search on screen has: the freelancers of all its pages fetched so far (what the filters look
 * at), and the offer to fetch the rest ("Filter across all 25 pages: 25 credits, about 5 min on your plan").
 * Nothing is fetched until the user accepts; then the pages run through the batch queue (cache, pace, credits)
 * with progress and Cancel, and every page fetched is kept even when it stops early. Owned by
 * {@link SearchViewModel}, which tells it each page shown and keeps the pages it fetched. UI thread only.
 */
public final class AllPagesViewModel {

    private final TaskRunner runner;
    private final AllPagesFetcher fetcher;
    private final BooleanSupplier demo;
    private final PagingState paging;
    private final Clock clock;

    // Properties //
    private final SearchPages pages;
    /** One wrapper for good: listeners added to a throw-away wrapper are dropped when it is collected. */
    private final ObservableList<Freelancer> fetchedReadOnly;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper offerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    private SearchRequest search;
    private int totalPages;
    private boolean filtering;
    private List<SearchRequest> missing = List.of();
    private TaskRunner.Handle estimating;
    private BatchCancellation cancellation;

    /** @param paging where the pages fetched are kept (a batch's pages join them, as if each had been shown) */
    AllPagesViewModel(TaskRunner runner, AllPagesFetcher fetcher, BooleanSupplier demo, PagingState paging,
                      Clock clock) {
        this.runner = runner;
        this.fetcher = fetcher;
        this.demo = demo;
        this.paging = paging;
        this.clock = clock;
        this.pages = new SearchPages(runner, fetcher, paging, clock);
        this.fetchedReadOnly = FXCollections.unmodifiableObservableList(pages.fetched());
    }

    // Fed by the search //

    /**
     * {@code request}'s page is shown: the pages of its search fetched so far are what the filters see (those no
     * longer in memory are read back from the page cache, no call, and join when read).
     */
    void showing(SearchRequest request, Fetched shown) {
        boolean sameSearch = search != null && sameSearch(search, request);
        if (!sameSearch) {
            cancel();
            outcome.set("");
        }
        search = request.withPage(1);
        pages.showing(request, shown, !sameSearch);
        recount();
        pages.readBackMissing(this::recount);
    }

    private void recount() {
        totalPages = Math.max(paging.totalPagesProperty().get(), pages.lastPage());
        pages.recount();
        updateOffer();
    }

    /** The page of the search on screen kept for {@code request}, or null. */
    Fetched kept(SearchRequest request) {
        return pages.kept(request);
    }

    /** Whether a filter is on: the offer is made only then. */
    void filtering(boolean on) {
        filtering = on;
        updateOffer();
    }

    static boolean sameSearch(SearchRequest a, SearchRequest b) {
        return a.normalisedQuery().equals(b.normalisedQuery()) && a.perPage() == b.perPage();
    }

    // Commands //

    /** Fetches every page not fetched yet (the user accepted the cost shown). */
    public void fetchAll() {
        if (running.get() || missing.isEmpty()) {
            return;
        }
        List<SearchRequest> requests = missing;
        BatchCancellation cancel = new BatchCancellation();
        cancellation = cancel;
        running.set(true);
        offered.set(false);
        outcome.set("");
        progress.set(0);
        progressText.set(Messages.format("allPages.progress", pages.count(), totalPages));
        int before = pages.count();
        runner.run("all pages", p -> {
            BatchResult result = fetcher.fetch(requests, new BatchListener() {
                @Override
                public void onProgress(BatchProgress bp) {
                    p.update(bp.done(), bp.total(), Messages.format("allPages.progress", before + bp.done(),
                            totalPages));
                }
            }, cancel);
            Set<SearchRequest> held = new HashSet<>();
            result.pages().stream().map(SearchPage::request).filter(fetcher::holds).forEach(held::add);
            return new Batch(result, held);
        }, this::finish, this::failed, (fraction, message) -> {
            progress.set(fraction);
            if (message != null) {
                progressText.set(message);
            }
        });
    }

    /** Stops after the page in flight; the pages fetched so far are kept. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    /** A batch's result, and which of its pages the page cache holds (they can be read back later). */
    private record Batch(BatchResult result, Set<SearchRequest> held) {
    }

    private void finish(Batch batch) {
        BatchResult result = batch.result();
        running.set(false);
        cancellation = null;
        progressText.set("");
        boolean isDemo = demo.getAsBoolean();
        for (SearchPage p : result.pages()) {
            Instant at = p.fromCache() && p.fetchedAt() != null ? p.fetchedAt() : clock.instant();
            Fetched f = new Fetched(p, isDemo, at, batch.held().contains(p.request()));
            paging.remember(p.request(), f);
            pages.add(p.request(), f);
        }
        if (search != null) {
            recount();
        }
        String spent = demo.getAsBoolean() ? Messages.get("allPages.demoCost")
                : Messages.format("allPages.creditsUsed", result.calls());
        if (result.isComplete()) {
            outcome.set(Messages.format("allPages.done", result.pages().size()) + " " + spent);
        } else {
            outcome.set(result.failureCause()
                    .map(f -> Messages.format("allPages.stopped", pages.count(), totalPages, ApiErrorText.of(f)))
                    .orElse(Messages.format("allPages.cancelled", pages.count(), totalPages)) + " " + spent);
        }
        updateOffer();
    }

    private void failed(Throwable failure) {
        running.set(false);
        cancellation = null;
        progressText.set("");
        outcome.set(Messages.format("allPages.cancelled", pages.count(), totalPages));
        updateOffer();
    }

    // The offer //

    private void updateOffer() {
        List<SearchRequest> next = new ArrayList<>();
        if (search != null) {
            for (int n = 1; n <= totalPages; n++) {
                if (!pages.has(n)) {
                    next.add(search.withPage(n));
                }
            }
        }
        coverage.set(search == null || totalPages <= 1 ? "" : pages.count() >= totalPages
                ? Messages.format("allPages.coverage.all", totalPages)
                : Messages.format("allPages.coverage", pages.count(), totalPages));
        if (!filtering || next.isEmpty() || running.get()) {
            missing = next;
            offered.set(false);
            return;
        }
        if (next.equals(missing) && offered.get()) {
            return;
        }
        missing = next;
        if (estimating != null) {
            estimating.cancel();
        }
        List<SearchRequest> asked = next;
        estimating = runner.run("estimate all pages", p -> fetcher.estimate(asked), e -> {
            estimating = null;
            if (asked.equals(missing) && filtering && !running.get()) {
                offerText.set(describe(e));
                offered.set(true);
            }
        }, failure -> estimating = null);
    }

    private String describe(BatchEstimate e) {
        String cost = demo.getAsBoolean() ? Messages.get("allPages.demoCost.short")
                : Messages.format("allPages.credits", e.callsNeeded());
        String text = Messages.format("allPages.offer", totalPages, cost, duration(e.estimatedDuration()));
        if (!demo.getAsBoolean() && e.exceedsRemaining()) {
            text = text + " " + Messages.format("allPages.exceeds", e.creditsLeft());
        }
        return text;
    }

    private static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 5) {
            return Messages.get("allPages.time.few");
        }
        return seconds < 90 ? Messages.format("allPages.time.seconds", seconds)
                : Messages.format("allPages.time.minutes", Math.round(seconds / 60.0));
    }

    // Accessors //

    /** The freelancers of every page of the search fetched so far, in page order, each once. */
    public ObservableList<Freelancer> fetched() {
        return fetchedReadOnly;
    }

    /** True while the offer to fetch the remaining pages is shown. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** "Filter across all 25 pages: 24 credits, about 5 min on your plan". */
    public ReadOnlyStringProperty offerTextProperty() {
        return offerText.getReadOnlyProperty();
    }

    /** "Filters see 1 of 25 pages" or "Filters see all 25 pages"; empty for a single page. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1 while fetching. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Fetched 3 of 25 pages…". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** How the last fetch of all pages ended, with the credits it used; empty otherwise. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
