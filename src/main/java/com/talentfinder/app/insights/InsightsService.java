package com.talentfinder.app.insights;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.SkillSupply;
import java.util.List;
import java.util.Optional;

/**
 * The market-insight use cases (issue 14) for the Insights screen and the command line. No JavaFX.
 *
 * <p>Every fetching method blocks (run it on a background task), goes through the batch fetcher (cache first,
 * paced under the plan, counted), reports on {@code listener} on the calling thread, and on
 * {@link BatchCancellation#cancel()} stops after the request in flight and returns the figures of what was
 * fetched (see {@link FetchSummary#outcome()}). It never throws for a failed call: a failure is in
 * {@link FetchSummary#failure()}. Say the cost first with the matching {@code estimate…} method. Queries and
 * keywords are validated like a search ({@link com.talentfinder.domain.InvalidSearchException}).
 */
public interface InsightsService {

    /** Results per page: the most one call returns. */
    int PER_PAGE = 50;
    int DEFAULT_PAGES = 3;
    int MAX_PAGES = 10;

    /** True when the source in force is the offline demo data (nothing is recorded, no credit spent). */
    boolean isDemo();

    BatchEstimate estimateRates(String query, int pages);

    Outcomes.Rates ratesByLocation(String query, int pages, BatchListener listener, BatchCancellation cancel);

    /**
     * The freelancers of up to {@code pages} pages of 50 for {@code query} (repeats dropped), with how they were
     * fetched: what the window's rates chart and ranking panel are computed from.
     */
    Outcomes.Fetched fetch(String query, int pages, BatchListener listener, BatchCancellation cancel);

    BatchEstimate estimateMarket(List<String> keywords, int pages);

    Outcomes.Market marketReport(List<String> keywords, int pages, BatchListener listener,
                                 BatchCancellation cancel);

    /** Saves a computed report under a name, dated now; returns it with its id. */
    Outcomes.Market saveReport(String name, Outcomes.Market report);

    /** Saved reports, newest first. */
    List<Outcomes.SavedReport> savedReports();

    /** A saved report, computed again from its stored inputs: no call. */
    Optional<Outcomes.Market> openReport(long id);

    /** The newest report saved under {@code name} (case-insensitive): no call. */
    Optional<Outcomes.Market> openReport(String name);

    /** One call per keyword with {@code per_page=1} (fewer when the cache holds some). */
    BatchEstimate estimateTrendCheck(List<String> keywords);

    Outcomes.TrendCheck checkNow(List<String> keywords, BatchListener listener, BatchCancellation cancel);

    /** The recorded counts of one keyword, oldest first, method changes marked. No call. */
    SkillSupply.Series series(String keyword);

    /** Keywords with recorded counts, A–Z. */
    List<String> observedKeywords();

    BatchEstimate estimateRanking(String query, int pages);

    Outcomes.Ranking rank(String query, int pages, RankingCriteria criteria, BatchListener listener,
                          BatchCancellation cancel);
}
