package com.talentfinder.bench;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.Ticker;
import com.talentfinder.ui.search.SearchHistory;
import com.talentfinder.ui.search.SearchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figure 6: a scripted session through the window's search ViewModel and the app's real source chain against a
 * loopback server that counts calls: a search, paging forward and back, the same search again, the same search
 * after a restart, a 5-page fetch, and a shortlist refresh (a search by name and title per entry) done twice.
 * Calls made against distinct pages the session needed.
 */
final class CreditsBench {

    static final String QUERY = "react";
    static final int PER_PAGE = 25;

    private final BenchContext ctx;
    private final Set<String> needed = new LinkedHashSet<>();

    CreditsBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        Path home = Files.createTempDirectory(ctx.workDir(), "credits-home");
        try (CountingServer server = new CountingServer()) {
            AppServices services = new AppServices(Map.of(
                    "PARSE_API_KEY", "bench-key-not-secret",
                    "TALENT_FINDER_API_URL", server.baseUrl(),
                    "TALENT_FINDER_PLAN", "developer",
                    "TALENT_FINDER_HOME", home.toString()), Clock.systemDefaultZone());
            try {
                session(services);
            } finally {
                services.close();
            }
            List<String> calls = server.calls();
            ctx.log("credits: " + calls.size() + " calls for " + needed.size() + " distinct pages: " + calls);
            return List.of(Figure.ratio("credits.calls_per_page_needed", calls.size(), "calls", needed.size(),
                    "pages", 1.0, "search, pages 2-3 and back, same search, restart + same search,"
                            + " 5-page fetch, shortlist refresh of 5 entries twice"));
        } finally {
            BenchContext.deleteTree(home);
        }
    }

    private void session(AppServices services) throws Exception {
        SearchViewModel window = window(services);
        window.queryProperty().set(QUERY);
        window.perPageProperty().set(PER_PAGE);
        window.search();
        need(QUERY, 1);
        window.nextPage();
        need(QUERY, 2);
        window.nextPage();
        need(QUERY, 3);
        window.previousPage();
        window.previousPage();
        window.search();
        List<Freelancer> firstPage = List.copyOf(window.results());

        SearchViewModel afterRestart = window(services);
        afterRestart.queryProperty().set(QUERY);
        afterRestart.perPageProperty().set(PER_PAGE);
        afterRestart.search();

        BatchFetcher batch = new BatchFetcher(services.mode().chain(), services.limiter());
        BatchResult fetched = batch.fetch(BatchState.pages(new SearchRequest(QUERY, 1, PER_PAGE), 5),
                BatchListener.NONE, new BatchCancellation());
        for (int p = 1; p <= 5; p++) {
            need(QUERY, p);
        }
        if (fetched.pages().size() != 5) {
            throw new IllegalStateException("the 5-page fetch returned " + fetched.pages().size());
        }

        List<SearchRequest> refresh = new ArrayList<>();
        for (Freelancer f : firstPage.subList(0, 5)) {
            SearchRequest r = new SearchRequest(f.displayName() + " " + f.title(), 1, 10);
            refresh.add(r);
            needed.add(key(r));
        }
        for (int round = 0; round < 2; round++) {
            batch.fetch(BatchState.of(refresh), BatchListener.NONE, new BatchCancellation());
        }
    }

    private void need(String query, int page) {
        needed.add(key(new SearchRequest(query, page, PER_PAGE)));
    }

    private static String key(SearchRequest r) {
        return r.normalisedQuery() + "|" + r.page() + "|" + r.perPage();
    }

    private static SearchViewModel window(AppServices services) {
        Ticker ticker = tick -> () -> { };
        return new SearchViewModel(services.source(), new SyncTaskRunner(), SearchHistory.NONE, ticker, () -> false);
    }
}
