package com.talentfinder.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A market-rate report over several keywords, in the order they were given. Caveat: asking rates of the
 * freelancers Upwork ranks first for each keyword, not rates paid.
 */
public record MarketReport(List<KeywordMarket> keywords) {

    /** One table row: a keyword in one currency; {@code currency} is null and n is 0 when none had a rate. */
    public record Row(String keyword, long totalResults, BigDecimal topRatedShare, String currency,
                      RateStatistics stats) {
    }

    public MarketReport {
        keywords = List.copyOf(keywords);
    }

    /** One row per keyword and currency, keyword order kept; a keyword without rates still gets one row. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (KeywordMarket k : keywords) {
            if (k.currencies().isEmpty()) {
                rows.add(new Row(k.keyword(), k.totalResults(), k.topRatedShare(), null, RateStatistics.of(List.of())));
            }
            for (KeywordMarket.CurrencyRates c : k.currencies()) {
                rows.add(new Row(k.keyword(), k.totalResults(), k.topRatedShare(), c.currency(), c.stats()));
            }
        }
        return rows;
    }
}
