package com.talentfinder.app.insights;

import com.talentfinder.insights.InsightsJson;
import com.talentfinder.insights.MarketReport;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.insights.RatesByLocation;
import java.time.Instant;
import java.util.List;

/** The plain results of {@link InsightsService}: figures plus how their pages were fetched. */
public final class Outcomes {

    private Outcomes() {
    }

    /** Rates by location for one query. */
    /** The distinct freelancers of a fetch, and how it went. */
    public record Fetched(List<com.talentfinder.domain.Freelancer> freelancers, FetchSummary fetch) {
        public Fetched {
            freelancers = List.copyOf(freelancers);
        }
    }

    public record Rates(String query, int pagesAsked, RatesByLocation rates, FetchSummary fetch) {
        public InsightsJson.RatesReport json() {
            return InsightsJson.RatesReport.of(query, fetch.pagesFetched(), rates);
        }
    }

    /**
     * A market-rate report. {@code savedId}/{@code name}/{@code savedAt} are set for a saved report; a report
     * reopened from the store has {@code fetch.calls() == 0}.
     *
     * @param missing keywords of which not one page was fetched (cancelled or failed before them)
     */
    public record Market(List<String> keywords, int pagesPerKeyword, MarketReport report, List<String> missing,
                         FetchSummary fetch, Long savedId, String name, Instant savedAt) {
        public Market {
            keywords = List.copyOf(keywords);
            missing = List.copyOf(missing);
        }

        public InsightsJson.MarketReportJson json() {
            return InsightsJson.MarketReportJson.of(report);
        }

        Market saved(long id, String reportName, Instant at) {
            return new Market(keywords, pagesPerKeyword, report, missing, fetch, id, reportName, at);
        }
    }

    /** One keyword's count from a trend check. */
    public record Check(String keyword, long totalResults, boolean fromCache) {
    }

    /** A trend check: one count per keyword fetched; {@code recorded} is false for demo data (never recorded). */
    public record TrendCheck(List<Check> checks, FetchSummary fetch, boolean recorded) {
        public TrendCheck {
            checks = List.copyOf(checks);
        }
    }

    /** A query's results ranked by the explainable score. */
    public record Ranking(String query, RankingCriteria criteria, List<RankingScore.Ranked> ranked,
                          FetchSummary fetch) {
        public Ranking {
            ranked = List.copyOf(ranked);
        }

        public InsightsJson.RankReport json() {
            return InsightsJson.RankReport.of(criteria.weights(), ranked);
        }
    }

    /** A saved report as a list shows it. */
    public record SavedReport(long id, String name, Instant savedAt, List<String> keywords, int pagesPerKeyword) {
        public SavedReport {
            keywords = List.copyOf(keywords);
        }
    }
}
