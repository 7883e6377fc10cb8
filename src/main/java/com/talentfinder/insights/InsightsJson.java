package com.talentfinder.insights;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code report rates}, {@code report market} and {@code rank} (issue 14), as plain
 * records that Jackson writes with the documented field names. Numbers are exact {@link BigDecimal}s without
 * trailing zeros; a figure that does not exist (no percentiles below 5 values, an undefined score) is null.
 */
public final class InsightsJson {

    private InsightsJson() {
    }

    /** The figures every group and keyword row shares (the rows list them in their full property order). */
    public interface Figures {
        RateStatistics stats();

        @JsonProperty("count") default int count() { return stats().count(); }
        @JsonProperty("min") default BigDecimal min() { return stats().min(); }
        @JsonProperty("p10") default BigDecimal p10() { return stats().p10(); }
        @JsonProperty("p25") default BigDecimal p25() { return stats().p25(); }
        @JsonProperty("median") default BigDecimal median() { return stats().median(); }
        @JsonProperty("p75") default BigDecimal p75() { return stats().p75(); }
        @JsonProperty("p90") default BigDecimal p90() { return stats().p90(); }
        @JsonProperty("max") default BigDecimal max() { return stats().max(); }
        @JsonProperty("mean") default BigDecimal mean() { return stats().mean(); }
        @JsonProperty("confidence") default Confidence confidence() { return stats().confidence(); }
    }

    /**
     * {@code report rates}. {@code group} tells a country from "unknown country" (country null) and
     * "other countries"; the full report has one group for every (country, currency) and no "other".
     */
    @JsonPropertyOrder({"query", "pages_fetched", "excluded", "groups"})
    public record RatesReport(@JsonProperty("query") String query, @JsonProperty("pages_fetched") int pagesFetched,
                              @JsonProperty("excluded") int excluded,
                              @JsonProperty("groups") List<RateGroupRow> groups) {

        public static RatesReport of(String query, int pagesFetched, RatesByLocation rates) {
            return new RatesReport(query, pagesFetched, rates.excluded(),
                    rates.groups().stream().map(RateGroupRow::of).toList());
        }
    }

    @JsonPropertyOrder({"country", "group", "currency", "count", "min", "p10", "p25", "median", "p75", "p90", "max",
        "mean", "confidence"})
    public record RateGroupRow(@JsonProperty("country") String country,
                               @JsonProperty("group") LocationKey.Kind group,
                               @JsonProperty("currency") String currency,
                               @JsonIgnore RateStatistics stats) implements Figures {

        public static RateGroupRow of(RateGroup g) {
            return new RateGroupRow(g.key().country(), g.key().kind(), g.key().currency(), g.stats());
        }
    }

    /** {@code report market}: one row per keyword and currency (see {@link MarketReport#rows()}). */
    public record MarketReportJson(@JsonProperty("keywords") List<MarketRow> keywords) {

        public static MarketReportJson of(MarketReport report) {
            return new MarketReportJson(report.rows().stream().map(MarketRow::of).toList());
        }
    }

    @JsonPropertyOrder({"keyword", "total_results", "top_rated_share", "currency", "count", "min", "p10", "p25",
        "median", "p75", "p90", "max", "mean", "confidence"})
    public record MarketRow(@JsonProperty("keyword") String keyword,
                            @JsonProperty("total_results") long totalResults,
                            @JsonProperty("top_rated_share") BigDecimal topRatedShare,
                            @JsonProperty("currency") String currency,
                            @JsonIgnore RateStatistics stats) implements Figures {

        public static MarketRow of(MarketReport.Row r) {
            return new MarketRow(r.keyword(), r.totalResults(), r.topRatedShare(), r.currency(), r.stats());
        }
    }

    /** {@code rank}: freelancers in ranked order; {@code unknown} lists the factors whose weight was spread. */
    @JsonPropertyOrder({"formula_version", "weights", "freelancers"})
    public record RankReport(@JsonProperty("formula_version") int formulaVersion,
                             @JsonProperty("weights") Map<String, Integer> weights,
                             @JsonProperty("freelancers") List<RankedRow> freelancers) {

        public static RankReport of(Weights weights, List<RankingScore.Ranked> ranked) {
            return new RankReport(RankingScore.FORMULA_VERSION, weights.byCode(),
                    ranked.stream().map(r -> RankedRow.of(r.freelancer(), r.breakdown())).toList());
        }
    }

    @JsonPropertyOrder({"id", "name", "score", "contributions", "unknown"})
    public record RankedRow(@JsonProperty("id") String id, @JsonProperty("name") String name,
                            @JsonProperty("score") BigDecimal score,
                            @JsonProperty("contributions") Map<String, BigDecimal> contributions,
                            @JsonProperty("unknown") List<String> unknown) {

        public static RankedRow of(Freelancer f, ScoreBreakdown b) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            b.contributions().forEach((factor, p) -> points.put(factor.code(), p));
            return new RankedRow(f.id(), f.name(), b.score(), points,
                    b.unknown().stream().map(s -> s.factor().code()).toList());
        }
    }
}
