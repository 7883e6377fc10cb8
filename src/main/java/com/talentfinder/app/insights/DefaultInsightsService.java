package com.talentfinder.app.insights;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.InvalidSearchException;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.insights.FetchedWindow;
import com.talentfinder.insights.KeywordMarket;
import com.talentfinder.insights.MarketReport;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.insights.RatesByLocation;
import com.talentfinder.insights.SkillSupply;
import com.talentfinder.insights.SupplyObservation;
import com.talentfinder.store.MarketReportRepository;
import com.talentfinder.store.ObservationRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link InsightsService} over the batch fetcher, the observations table and the saved reports. */
public final class DefaultInsightsService implements InsightsService {

    private final Supplier<BatchTools> tools;
    private final ObservationRepository observations;
    private final MarketReportRepository reports;
    private final Clock clock;

    /** @param tools the batch tools for the source in force, asked anew for every run (settings may change) */
    public DefaultInsightsService(Supplier<BatchTools> tools, ObservationRepository observations,
                                  MarketReportRepository reports, Clock clock) {
        this.tools = Objects.requireNonNull(tools);
        this.observations = Objects.requireNonNull(observations);
        this.reports = Objects.requireNonNull(reports);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The service over the app's source in force ({@code forceDemo}: always the offline demo data, as the
     * command line's {@code --demo}).
     */
    public static DefaultInsightsService of(com.talentfinder.app.AppServices services, boolean forceDemo) {
        return new DefaultInsightsService(
                () -> BatchTools.of(services, forceDemo ? services.demoMode() : services.mode()),
                services.observations(), new MarketReportRepository(services.database()), services.clock());
    }

    @Override
    public boolean isDemo() {
        return tools.get().demo();
    }

    // Rates by location //

    @Override
    public BatchEstimate estimateRates(String query, int pages) {
        return tools.get().planner().estimate(pagesOf(query, pages));
    }

    @Override
    public Outcomes.Rates ratesByLocation(String query, int pages, BatchListener listener,
                                          BatchCancellation cancel) {
        Outcomes.Fetched f = fetch(query, pages, listener, cancel);
        return new Outcomes.Rates(pagesOf(query, pages).get(0).query(), pages, RatesByLocation.of(f.freelancers()),
                f.fetch());
    }

    @Override
    public Outcomes.Fetched fetch(String query, int pages, BatchListener listener, BatchCancellation cancel) {
        List<SearchRequest> requests = pagesOf(query, pages);
        BatchTools t = tools.get();
        BatchResult r = t.fetcher().fetch(BatchState.of(requests), listener, cancel);
        return new Outcomes.Fetched(r.uniqueFreelancers(), FetchSummary.of(r, t.demo()));
    }

    // Market report //

    @Override
    public BatchEstimate estimateMarket(List<String> keywords, int pages) {
        return tools.get().planner().estimate(marketRequests(keywords, pages));
    }

    @Override
    public Outcomes.Market marketReport(List<String> keywords, int pages, BatchListener listener,
                                        BatchCancellation cancel) {
        List<SearchRequest> requests = marketRequests(keywords, pages);
        BatchTools t = tools.get();
        BatchResult r = t.fetcher().fetch(BatchState.of(requests), listener, cancel);
        Map<String, List<SearchPage>> byKeyword = new LinkedHashMap<>();
        List<String> asked = new ArrayList<>();
        for (SearchRequest q : requests) {
            if (q.page() == 1) {
                asked.add(q.query());
                byKeyword.put(q.normalisedQuery(), new ArrayList<>());
            }
        }
        for (SearchPage p : r.pages()) {
            byKeyword.get(p.request().normalisedQuery()).add(p);
        }
        List<KeywordMarket> markets = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String keyword : asked) {
            List<SearchPage> pagesOfKeyword = byKeyword.get(keyword.toLowerCase(java.util.Locale.ROOT));
            if (pagesOfKeyword.isEmpty()) {
                missing.add(keyword);
                continue;
            }
            long total = pagesOfKeyword.stream().mapToLong(SearchPage::totalResults).max().orElse(0);
            List<Freelancer> all = new ArrayList<>();
            pagesOfKeyword.forEach(p -> all.addAll(p.freelancers()));
            markets.add(KeywordMarket.of(keyword, total, all));
        }
        return new Outcomes.Market(asked, pages, new MarketReport(markets), missing, FetchSummary.of(r, t.demo()),
                null, null, null);
    }

    @Override
    public Outcomes.Market saveReport(String name, Outcomes.Market report) {
        FetchedWindow w = report.fetch().fetched();
        java.time.Instant now = clock.instant();
        long id = reports.save(name, now, report.keywords(), report.pagesPerKeyword(),
                w == null ? null : w.earliest(), w == null ? null : w.latest(),
                MarketInputs.write(report.report(), report.fetch().demo()));
        return report.saved(id, name.strip(), now);
    }

    @Override
    public List<Outcomes.SavedReport> savedReports() {
        return reports.list().stream().map(s -> new Outcomes.SavedReport(s.id(), s.name(), s.createdAt(),
                s.keywords(), s.pages())).toList();
    }

    @Override
    public Optional<Outcomes.Market> openReport(long id) {
        return reports.open(id).map(DefaultInsightsService::reopened);
    }

    @Override
    public Optional<Outcomes.Market> openReport(String name) {
        return reports.latestNamed(name).map(DefaultInsightsService::reopened);
    }

    private static Outcomes.Market reopened(MarketReportRepository.Saved s) {
        MarketInputs.Read read = MarketInputs.read(s.inputsJson());
        MarketReport report = read.report();
        FetchedWindow w = s.fetchedFrom() == null || s.fetchedTo() == null || s.fetchedTo().isBefore(s.fetchedFrom())
                ? null : new FetchedWindow(s.fetchedFrom(), s.fetchedTo());
        List<String> present = report.keywords().stream().map(KeywordMarket::keyword).toList();
        List<String> missing = s.summary().keywords().stream().filter(k -> !present.contains(k)).toList();
        FetchSummary fetch = new FetchSummary(BatchResult.Outcome.COMPLETED, null, 0, 0, 0, w, read.demo());
        return new Outcomes.Market(s.summary().keywords(), s.summary().pages(), report, missing, fetch,
                s.summary().id(), s.summary().name(), s.summary().createdAt());
    }

    // Skill supply //

    @Override
    public BatchEstimate estimateTrendCheck(List<String> keywords) {
        return tools.get().planner().estimate(checkRequests(keywords));
    }

    @Override
    public Outcomes.TrendCheck checkNow(List<String> keywords, BatchListener listener, BatchCancellation cancel) {
        BatchTools t = tools.get();
        BatchResult r = t.fetcher().fetch(BatchState.of(checkRequests(keywords)), listener, cancel);
        List<Outcomes.Check> checks = r.pages().stream()
                .map(p -> new Outcomes.Check(p.request().query(), p.totalResults(), p.fromCache())).toList();
        return new Outcomes.TrendCheck(checks, FetchSummary.of(r, t.demo()), !t.demo());
    }

    @Override
    public SkillSupply.Series series(String keyword) {
        String k = SkillSupply.keyword(keyword);
        List<SupplyObservation> obs = observations.forKeyword(k).stream()
                .map(o -> new SupplyObservation(o.time(), o.query(), o.totalResults(), o.method())).toList();
        return SkillSupply.series(obs, k);
    }

    @Override
    public List<String> observedKeywords() {
        return observations.keywords();
    }

    // Ranking //

    @Override
    public BatchEstimate estimateRanking(String query, int pages) {
        return estimateRates(query, pages);
    }

    @Override
    public Outcomes.Ranking rank(String query, int pages, RankingCriteria criteria, BatchListener listener,
                                 BatchCancellation cancel) {
        List<SearchRequest> requests = pagesOf(query, pages);
        BatchTools t = tools.get();
        BatchResult r = t.fetcher().fetch(BatchState.of(requests), listener, cancel);
        return new Outcomes.Ranking(requests.get(0).query(), criteria,
                RankingScore.rank(r.uniqueFreelancers(), criteria), FetchSummary.of(r, t.demo()));
    }

    // Requests //

    static List<SearchRequest> pagesOf(String query, int pages) {
        checkPages(pages);
        return BatchPlanner.pagesFrom(new SearchRequest(query, 1, PER_PAGE), pages);
    }

    static List<SearchRequest> marketRequests(List<String> keywords, int pages) {
        checkPages(pages);
        List<SearchRequest> out = new ArrayList<>();
        for (String k : distinct(keywords)) {
            out.addAll(BatchPlanner.pagesFrom(new SearchRequest(k, 1, PER_PAGE), pages));
        }
        return out;
    }

    static List<SearchRequest> checkRequests(List<String> keywords) {
        return distinct(keywords).stream().map(k -> new SearchRequest(k, 1, 1)).toList();
    }

    /** The keywords, each validated as a search, repeats (case-insensitive) dropped. */
    private static List<String> distinct(List<String> keywords) {
        if (keywords == null || keywords.isEmpty()) {
            throw new InvalidSearchException("Give at least one keyword.");
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String k : keywords) {
            SearchRequest r = new SearchRequest(k, 1, 1);
            seen.putIfAbsent(r.normalisedQuery(), r.query());
        }
        return new ArrayList<>(new LinkedHashSet<>(seen.values()));
    }

    private static void checkPages(int pages) {
        if (pages < 1 || pages > MAX_PAGES) {
            throw new InvalidSearchException("Pages must be between 1 and " + MAX_PAGES + " (it was " + pages + ").");
        }
    }
}
