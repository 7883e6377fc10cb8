package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.FetchedWindow;
import com.talentfinder.insights.MarketReport;
import com.talentfinder.insights.SupplyObservation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything the Insights screen needs from the rest of the app, in plain Java types (domain and insights
 * records), so the screen can be tested with a fake and the real implementation ({@code app/insights}) can
 * be adapted to it. Every method may block (it is only ever called inside a TaskRunner job), may throw
 * (the screen shows a plain sentence from its bundle, never the exception's text), and never spends a
 * credit the cost estimate did not announce.
 */
public interface InsightsPort {

    /** What a fetch reports while it runs, and how it learns it was cancelled. */
    interface Progress {
        /** @param done calls (pages) done so far; @param total calls planned */
        void update(int done, int total);

        /** True once the user pressed Cancel: stop after the page in flight and return what was fetched. */
        boolean isCancelled();
    }

    /**
     * What a run will cost, told before it starts.
     *
     * @param credits credits the run will spend (pages the cache already holds cost nothing)
     * @param demo    true when the demo data answers: then nothing is spent at all
     */
    record Cost(int credits, boolean demo) {
    }

    /**
     * The freelancers behind a rates-by-location report.
     *
     * @param freelancers  every freelancer of every page fetched (repeats allowed; the statistics drop them)
     * @param window       when the pages were fetched (cached pages: when first fetched); null if unknown
     * @param pagesFetched pages actually fetched, fewer than asked when cancelled or when results ran out
     * @param cancelled    true when Cancel stopped the run early (what was fetched is kept)
     */
    record RatesFetch(List<Freelancer> freelancers, FetchedWindow window, int pagesFetched, boolean cancelled) {
        public RatesFetch {
            freelancers = List.copyOf(freelancers);
        }
    }

    /**
     * A market-rate report and when its pages were fetched.
     *
     * @param cancelled true when Cancel stopped the run: the report holds the keywords done so far
     */
    record MarketFetch(MarketReport report, FetchedWindow window, boolean cancelled) {
    }

    /** A named, dated market report kept in the data folder; reopening it spends nothing. */
    record SavedReport(long id, String name, Instant savedAt, List<String> keywords) {
        public SavedReport {
            keywords = List.copyOf(keywords);
        }
    }

    /** The two table formats a market report is exported to (both carry the caveat and the dates). */
    enum ExportFormat { CSV, XLSX }

    // Rates by location //

    /** The cost of fetching {@code pages} pages of 50 for {@code query}. */
    Cost ratesCost(String query, int pages);

    /** Fetches up to {@code pages} pages of 50 for {@code query} through the batch fetcher. */
    RatesFetch fetchRates(String query, int pages, Progress progress) throws Exception;

    // Market-rate report //

    /** The cost of {@code pages} pages for each keyword. */
    Cost marketCost(List<String> keywords, int pages);

    /** Fetches {@code pages} pages per keyword and builds the report (keywords in the order given). */
    MarketFetch fetchMarket(List<String> keywords, int pages, Progress progress) throws Exception;

    /** Saves the report under a name (the port dates it). */
    SavedReport saveReport(String name, MarketFetch report) throws Exception;

    /** The saved reports, newest first. */
    List<SavedReport> savedReports() throws Exception;

    /** A saved report as it was saved (no call is made). */
    MarketFetch openReport(long id) throws Exception;

    /** Writes the report to {@code file} with the caveat and the fetch dates. */
    void exportReport(MarketFetch report, ExportFormat format, Path file) throws Exception;

    // Skill supply over time //

    /** The keywords on the watchlist, in the user's order. */
    List<String> watchlist() throws Exception;

    /** Replaces the watchlist. */
    void saveWatchlist(List<String> keywords) throws Exception;

    /** Every observation recorded for these keywords (from every search the app made, and checks). */
    List<SupplyObservation> observations(List<String> keywords) throws Exception;

    /** The cost of a "Check now": one call per keyword with {@code per_page=1}. */
    Cost checkCost(List<String> keywords);

    /** Checks each keyword once and returns the observations recorded by it. */
    List<SupplyObservation> checkNow(List<String> keywords, Progress progress) throws Exception;
}
