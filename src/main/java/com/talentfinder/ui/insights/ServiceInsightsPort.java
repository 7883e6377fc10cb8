package com.talentfinder.ui.insights;

import com.talentfinder.api.ApiException;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.insights.FetchSummary;
import com.talentfinder.app.insights.InsightsService;
import com.talentfinder.app.insights.InsightsTables;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.app.insights.RankingPresets;
import com.talentfinder.app.insights.WatchlistFile;
import com.talentfinder.insights.SkillSupply;
import com.talentfinder.insights.SupplyObservation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The Insights screen's {@link InsightsPort} over the app's {@link InsightsService}: the same batch fetcher,
 * cache, pacing and credit count as every other search. The watchlist is a small text file in the data folder
 * ({@link WatchlistFile}).
 */
public final class ServiceInsightsPort implements InsightsPort {

    /** Keywords on the watchlist at most; a longer (edited) file is cut here. */
    static final int MAX_WATCHLIST = WatchlistFile.MAX_WATCHLIST;

    private final InsightsService service;
    private final WatchlistFile watchlist;
    private final RankingPresets presets;
    private final ZoneId zone;
    /** The service's report behind each report the screen holds, to save or export it as it was made. */
    private final Map<MarketFetch, Outcomes.Market> reports = new WeakHashMap<>();

    public ServiceInsightsPort(InsightsService service, Path dataFolder, ZoneId zone) {
        this(service, dataFolder, zone, null);
    }

    /** @param presets where "Check now" notes when the watchlist was last checked (for the daily check), or null */
    public ServiceInsightsPort(InsightsService service, Path dataFolder, ZoneId zone, RankingPresets presets) {
        this.presets = presets;
        this.service = service;
        this.watchlist = new WatchlistFile(dataFolder);
        this.zone = zone;
    }

    @Override
    public Cost ratesCost(String query, int pages) {
        return cost(service.estimateRates(query, pages));
    }

    @Override
    public RatesFetch fetchRates(String query, int pages, Progress progress) throws Exception {
        Outcomes.Fetched f = run(progress, (l, c) -> service.fetch(query, pages, l, c));
        FetchSummary s = failIfEmpty(f.fetch());
        return new RatesFetch(f.freelancers(), s.fetched(), s.pagesFetched(),
                s.outcome() == BatchResult.Outcome.CANCELLED);
    }

    @Override
    public Cost marketCost(List<String> keywords, int pages) {
        return cost(service.estimateMarket(keywords, pages));
    }

    @Override
    public MarketFetch fetchMarket(List<String> keywords, int pages, Progress progress) throws Exception {
        Outcomes.Market m = run(progress, (l, c) -> service.marketReport(keywords, pages, l, c));
        failIfEmpty(m.fetch());
        return remember(m);
    }

    @Override
    public SavedReport saveReport(String name, MarketFetch report) {
        Outcomes.Market m = service.saveReport(name, outcomeOf(report));
        return new SavedReport(m.savedId(), m.name(), m.savedAt(), m.keywords());
    }

    @Override
    public List<SavedReport> savedReports() {
        return service.savedReports().stream()
                .map(r -> new SavedReport(r.id(), r.name(), r.savedAt(), r.keywords())).toList();
    }

    @Override
    public MarketFetch openReport(long id) {
        return remember(service.openReport(id).orElseThrow(
                () -> new IllegalStateException("No saved report with id " + id)));
    }

    @Override
    public void exportReport(MarketFetch report, ExportFormat format, Path file) throws Exception {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = format == ExportFormat.XLSX ? ".xlsx" : ".csv";
        Path target = name.endsWith(ext) ? file : file.resolveSibling(file.getFileName() + ext);
        InsightsTables.export(InsightsTables.market(outcomeOf(report), zone), target);
    }

    @Override
    public List<String> watchlist() throws Exception {
        return watchlist.read();
    }

    @Override
    public void saveWatchlist(List<String> keywords) throws Exception {
        watchlist.write(keywords);
    }

    @Override
    public List<SupplyObservation> observations(List<String> keywords) {
        List<SupplyObservation> out = new ArrayList<>();
        for (String k : keywords) {
            SkillSupply.Series s = service.series(k);
            s.points().forEach(p -> out.add(new SupplyObservation(p.time(), k, p.totalResults(), p.method())));
        }
        return out;
    }

    @Override
    public Cost checkCost(List<String> keywords) {
        return cost(service.estimateTrendCheck(keywords));
    }

    @Override
    public List<SupplyObservation> checkNow(List<String> keywords, Progress progress) throws Exception {
        Outcomes.TrendCheck check = run(progress, (l, c) -> service.checkNow(keywords, l, c));
        failIfEmpty(check.fetch());
        if (presets != null && !check.checks().isEmpty() && check.recorded()) {
            presets.setLastCheck(java.time.Instant.now());
        }
        java.time.Instant at = check.fetch().fetched() == null ? java.time.Instant.now()
                : check.fetch().fetched().latest();
        return check.checks().stream()
                .map(c -> new SupplyObservation(at, c.keyword(), c.totalResults(), "search_freelancers")).toList();
    }

    /** Demo calls are neither paced nor counted: they cost nothing, whatever the planner counts as calls. */
    private Cost cost(BatchEstimate e) {
        boolean demo = service.isDemo();
        return new Cost(demo ? 0 : e.callsNeeded(), demo);
    }

    private MarketFetch remember(Outcomes.Market m) {
        MarketFetch f = new MarketFetch(m.report(), m.fetch() == null ? null : m.fetch().fetched(),
                m.fetch() != null && m.fetch().outcome() == BatchResult.Outcome.CANCELLED);
        synchronized (reports) {
            reports.put(f, m);
        }
        return f;
    }

    private Outcomes.Market outcomeOf(MarketFetch f) {
        synchronized (reports) {
            Outcomes.Market m = reports.get(f);
            if (m == null) {
                throw new IllegalStateException("That report was not made by this window");
            }
            return m;
        }
    }

    /** A run that fetched nothing and failed is a failure for the screen; a partial one keeps what it has. */
    private static FetchSummary failIfEmpty(FetchSummary s) throws ApiException {
        if (s != null && s.failure() != null && s.pagesFetched() == 0) {
            throw s.failure();
        }
        return s;
    }

    private interface Batch<T> {
        T run(BatchListener listener, BatchCancellation cancel) throws Exception;
    }

    /** Bridges the screen's progress (polled for Cancel) and the batch fetcher's listener and cancellation. */
    private static <T> T run(Progress progress, Batch<T> batch) throws Exception {
        BatchCancellation cancel = new BatchCancellation();
        BatchListener listener = new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                progress.update(p.done(), p.total());
                if (progress.isCancelled()) {
                    cancel.cancel();
                }
            }

            @Override
            public void onRateLimitWait(Duration remaining) {
                if (progress.isCancelled()) {
                    cancel.cancel();
                }
            }
        };
        if (progress.isCancelled()) {
            cancel.cancel();
        }
        return batch.run(listener, cancel);
    }
}
