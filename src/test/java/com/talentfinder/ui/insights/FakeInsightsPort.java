package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.FetchedWindow;
import com.talentfinder.insights.KeywordMarket;
import com.talentfinder.insights.MarketReport;
import com.talentfinder.insights.SupplyObservation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/** An {@link InsightsPort} over lists in memory that records the calls made; pages of 50 sample freelancers. */
public class FakeInsightsPort implements InsightsPort {

    public static final Instant FETCHED = Instant.parse("2026-11-30T09:15:00Z");

    public boolean demo;
    public boolean fail;
    /** Called after each page with the pages done, e.g. to press Cancel there. */
    public IntConsumer afterPage = done -> { };
    /** Pages fetched (each counts as one call, as a credit would). */
    public int calls;
    public final List<String> costQuestions = new ArrayList<>();
    public final Map<String, List<Freelancer>> freelancersByQuery = new TreeMap<>();
    public final List<SavedReport> saved = new ArrayList<>();
    public final Map<Long, MarketFetch> savedBodies = new TreeMap<>();
    public final List<String> exported = new ArrayList<>();
    public final List<String> watch = new ArrayList<>();
    public final List<SupplyObservation> observations = new ArrayList<>();

    private List<Freelancer> freelancers(String query, int pages) {
        return freelancersByQuery.computeIfAbsent(query, q -> SampleFreelancers.generate(q, 50 * 10, 7));
    }

    @Override
    public Cost ratesCost(String query, int pages) {
        costQuestions.add(query + "/" + pages);
        return new Cost(pages, demo);
    }

    @Override
    public RatesFetch fetchRates(String query, int pages, Progress progress) throws Exception {
        if (fail) {
            throw new java.io.IOException("secret-key-123 connection refused");
        }
        List<Freelancer> all = freelancers(query, pages);
        List<Freelancer> got = new ArrayList<>();
        int done = 0;
        for (int p = 0; p < pages; p++) {
            if (progress.isCancelled()) {
                break;
            }
            int from = p * 50;
            if (from >= all.size()) {
                break;
            }
            got.addAll(all.subList(from, Math.min(all.size(), from + 50)));
            calls++;
            done++;
            progress.update(done, pages);
            afterPage.accept(done);
        }
        return new RatesFetch(got, new FetchedWindow(FETCHED, FETCHED), done, done < pages);
    }

    @Override
    public Cost marketCost(List<String> keywords, int pages) {
        return new Cost(keywords.size() * pages, demo);
    }

    @Override
    public MarketFetch fetchMarket(List<String> keywords, int pages, Progress progress) throws Exception {
        if (fail) {
            throw new java.io.IOException("boom");
        }
        List<KeywordMarket> markets = new ArrayList<>();
        int done = 0;
        for (String k : keywords) {
            if (progress.isCancelled()) {
                break;
            }
            List<Freelancer> all = freelancers(k, pages);
            markets.add(KeywordMarket.of(k, 4000L + Math.floorMod(k.hashCode(), 120_000), all.subList(0, 50 * pages)));
            calls += pages;
            done += pages;
            progress.update(done, keywords.size() * pages);
            afterPage.accept(done);
        }
        return new MarketFetch(new MarketReport(markets), new FetchedWindow(FETCHED, FETCHED),
                markets.size() < keywords.size());
    }

    @Override
    public SavedReport saveReport(String name, MarketFetch report) {
        long id = saved.size() + 1;
        SavedReport r = new SavedReport(id, name, FETCHED.plusSeconds(3600),
                report.report().keywords().stream().map(KeywordMarket::keyword).toList());
        saved.add(0, r);
        savedBodies.put(id, report);
        return r;
    }

    @Override
    public List<SavedReport> savedReports() {
        return List.copyOf(saved);
    }

    @Override
    public MarketFetch openReport(long id) {
        return savedBodies.get(id);
    }

    @Override
    public void exportReport(MarketFetch report, ExportFormat format, Path file) throws Exception {
        if (fail) {
            throw new java.io.IOException("disk full");
        }
        exported.add(format + ":" + file.getFileName());
    }

    @Override
    public List<String> watchlist() {
        return List.copyOf(watch);
    }

    @Override
    public void saveWatchlist(List<String> keywords) {
        watch.clear();
        watch.addAll(keywords);
    }

    @Override
    public List<SupplyObservation> observations(List<String> keywords) {
        return List.copyOf(observations);
    }

    @Override
    public Cost checkCost(List<String> keywords) {
        return new Cost(keywords.size(), demo);
    }

    @Override
    public List<SupplyObservation> checkNow(List<String> keywords, Progress progress) throws Exception {
        if (fail) {
            throw new java.io.IOException("boom");
        }
        List<SupplyObservation> added = new ArrayList<>();
        int done = 0;
        for (String k : keywords) {
            calls++;
            SupplyObservation o = new SupplyObservation(FETCHED.plusSeconds(86_400L * 30), k, 5000, "search/v1");
            observations.add(o);
            added.add(o);
            progress.update(++done, keywords.size());
        }
        return added;
    }
}
