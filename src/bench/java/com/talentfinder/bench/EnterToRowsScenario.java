package com.talentfinder.bench;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.search.SearchViewModel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

/**
 * Figure 2, reported part: Enter to rows painted in the real window against the loopback demo server: from
 * {@code search()} (what Enter calls) to the pulse after the one that laid out the new rows, 50 per page, for
 * queries never searched before (so nothing is cached). Baseline: the bare loopback HTTP exchange of the same
 * request. Prints {@code ENTER_MS_MEDIAN}, {@code HTTP_MS_MEDIAN} and {@code ROWS}.
 */
final class EnterToRowsScenario {

    static final List<String> QUERIES = List.of("javascript", "python", "design", "marketing", "java", "data",
            "mobile", "wordpress", "sql", "video", "seo", "writing", "react", "node.js");
    static final int WARMUP = 2;

    private final AppContext context;

    EnterToRowsScenario(AppContext context) {
        this.context = context;
    }

    void run() throws Exception {
        SearchViewModel search = context.searchViewModel();
        FxCalls.run(() -> search.perPageProperty().set(50));
        String base = context.services().mode().endpoint().baseUrl().toString();
        List<Double> enter = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        int minRows = Integer.MAX_VALUE;
        for (int i = 0; i < QUERIES.size(); i++) {
            String q = QUERIES.get(i);
            double ms = enterOnce(q);
            int rows = FxCalls.call(() -> context.resultsViewModel().visibleResults().size());
            long start = System.nanoTime();
            BenchData.get(base + "/search_freelancers?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    + "&page=1&per_page=50");
            double h = (System.nanoTime() - start) / 1e6;
            if (i >= WARMUP) {
                enter.add(ms);
                http.add(h);
                minRows = Math.min(minRows, rows);
            }
        }
        System.out.println("ENTER_MS_MEDIAN " + Stats.median(enter));
        System.out.println("HTTP_MS_MEDIAN " + Stats.median(http));
        System.out.println("ROWS " + minRows);
        System.out.println("ENTER_RUNS " + enter.size());
        System.err.println("enter runs " + enter + " http runs " + http);
    }

    private double enterOnce(String query) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        FxCalls.run(() -> {
            SearchViewModel search = context.searchViewModel();
            ObservableList<Freelancer> rows = context.resultsViewModel().visibleResults();
            Scene scene = context.stage().getScene();
            long[] start = new long[1];
            rows.addListener(new ListChangeListener<Freelancer>() {
                @Override
                public void onChanged(Change<? extends Freelancer> c) {
                    if (!rows.isEmpty() && search.currentRequest() != null
                            && search.currentRequest().query().equals(query)) {
                        rows.removeListener(this);
                        FxFrames.afterNextFrame(scene, () -> done.complete((System.nanoTime() - start[0]) / 1e6));
                    }
                }
            });
            search.queryProperty().set(query);
            start[0] = System.nanoTime();
            search.search();
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
