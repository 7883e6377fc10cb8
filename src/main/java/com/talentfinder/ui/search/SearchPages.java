package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.search.PagingState.Fetched;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pages of the search on screen fetched so far, whole, and their freelancers (each once, in page order): what
 * the filters see. Only this search's pages are kept here; the {@link PagingState} keeps a few more of any search
 * for Back/Forward and notes the rest. When a search comes back on screen, its pages no longer in memory are read
 * back from the page cache on a worker thread (never a call) and join when read. UI thread only.
 */
final class SearchPages {

    private final TaskRunner runner;
    private final AllPagesFetcher disk;
    private final PagingState paging;
    private final Clock clock;
    private final ObservableList<Freelancer> fetched = FXCollections.observableArrayList();

    /** Page 1 of the search on screen, or null. */
    private SearchRequest search;
    private TreeMap<Integer, Fetched> pages = new TreeMap<>();
    /** Counts read-backs started: an answer for an earlier search is dropped. */
    private long readingBack;

    SearchPages(TaskRunner runner, AllPagesFetcher disk, PagingState paging, Clock clock) {
        this.runner = runner;
        this.disk = disk;
        this.paging = paging;
        this.clock = clock;
    }

    /**
     * {@code request}'s page is shown ({@code startOver}: of another search than before). The pages the paging
     * forgot go (the mode changed), the ones it keeps whole join; {@link #recount()} then updates the list.
     */
    void showing(SearchRequest request, Fetched shown, boolean startOver) {
        if (startOver) {
            pages = new TreeMap<>();
            readingBack++;
        }
        search = request.withPage(1);
        SearchRequest first = search;
        pages.keySet().removeIf(n -> !paging.wasFetched(first.withPage(n)));
        pages.putAll(paging.pagesOf(request));
        pages.put(request.page(), shown);
    }

    /** A page fetched by the batch joins, when it belongs to the search on screen. */
    void add(SearchRequest request, Fetched page) {
        if (search != null && AllPagesViewModel.sameSearch(search, request)) {
            pages.put(request.page(), page);
        }
    }

    /** The page kept here for {@code request}, or null (also once the paging forgot it). */
    Fetched kept(SearchRequest request) {
        return search != null && AllPagesViewModel.sameSearch(search, request) && paging.wasFetched(request)
                ? pages.get(request.page()) : null;
    }

    boolean has(int page) {
        return pages.containsKey(page);
    }

    int count() {
        return pages.size();
    }

    /** The highest page number kept, or 0. */
    int lastPage() {
        return pages.isEmpty() ? 0 : pages.lastKey();
    }

    /** Rebuilds {@link #fetched()} from the pages kept (unchanged lists are not replaced). */
    void recount() {
        List<Freelancer> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        pages.values().forEach(p -> p.page().freelancers().forEach(f -> {
            if (seen.add(f.id())) {
                all.add(f);
            }
        }));
        if (!all.equals(fetched)) {
            fetched.setAll(all);
        }
    }

    /**
     * Reads back, with no call, the pages of the search on screen fetched earlier and no longer in memory, then
     * runs {@code then} (which recounts). A page the cache no longer holds (cleared in Settings) is forgotten by the
     * paging: it counts as not fetched, so "Filter across all pages" offers it with its cost; nothing is fetched
     * silently.
     */
    void readBackMissing(Runnable then) {
        Map<SearchRequest, Boolean> wanted = new LinkedHashMap<>();
        for (int n : paging.pageNumbersOf(search)) {
            if (!pages.containsKey(n)) {
                wanted.put(search.withPage(n), paging.wasDemo(search.withPage(n)));
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        long reading = ++readingBack;
        runner.run("read back pages", p -> readBack(wanted), found -> {
            if (reading != readingBack) {
                return; // another search since
            }
            wanted.keySet().forEach(r -> {
                Fetched f = found.get(r);
                if (f != null) {
                    pages.putIfAbsent(r.page(), f);
                } else if (!pages.containsKey(r.page())) {
                    paging.forget(r);
                }
            });
            then.run();
        }, failure -> { });
    }

    /** Runs on the worker thread: each page the cache still holds, however old. */
    private Map<SearchRequest, Fetched> readBack(Map<SearchRequest, Boolean> wanted) {
        Map<SearchRequest, Fetched> out = new HashMap<>();
        wanted.forEach((r, wasDemo) -> disk.stored(r).ifPresent(p -> out.put(r,
                new Fetched(p, wasDemo, p.fetchedAt() != null ? p.fetchedAt() : clock.instant(), true))));
        return out;
    }

    /** The freelancers of every page kept, in page order, each once. */
    ObservableList<Freelancer> fetched() {
        return fetched;
    }
}
