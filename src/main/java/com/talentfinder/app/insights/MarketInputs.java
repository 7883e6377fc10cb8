package com.talentfinder.app.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.insights.KeywordMarket;
import com.talentfinder.insights.MarketReport;
import com.talentfinder.insights.RateStatistics;
import com.talentfinder.store.StoreException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a saved market report keeps: per keyword its totals and the asking rates per currency (no profiles,
 * no names), so reopening computes the same figures with the same code and no call. Read back as untrusted:
 * anything that does not fit gives a plain {@link StoreException}.
 */
final class MarketInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Stored(@JsonProperty("version") int version, @JsonProperty("demo") boolean demo,
                  @JsonProperty("keywords") List<Keyword> keywords) {
    }

    /** A report read back, and whether it was made from the demo data. */
    record Read(MarketReport report, boolean demo) {
    }

    record Keyword(@JsonProperty("keyword") String keyword, @JsonProperty("total_results") long totalResults,
                   @JsonProperty("fetched") int fetched, @JsonProperty("top_rated") int topRated,
                   @JsonProperty("excluded") int excluded, @JsonProperty("currencies") List<Currency> currencies) {
    }

    record Currency(@JsonProperty("currency") String currency, @JsonProperty("values") List<BigDecimal> values) {
    }

    private MarketInputs() {
    }

    static String write(MarketReport report, boolean demo) {
        List<Keyword> out = new ArrayList<>();
        for (KeywordMarket k : report.keywords()) {
            out.add(new Keyword(k.keyword(), k.totalResults(), k.fetched(), k.topRated(), k.excluded(),
                    k.currencies().stream().map(c -> new Currency(c.currency(), c.stats().values())).toList()));
        }
        try {
            return JSON.writeValueAsString(new Stored(1, demo, out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Read read(String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            List<KeywordMarket> markets = new ArrayList<>();
            for (Keyword k : s.keywords()) {
                List<KeywordMarket.CurrencyRates> cs = new ArrayList<>();
                for (Currency c : k.currencies()) {
                    if (c.currency() == null || c.values().stream().anyMatch(v -> v == null || v.signum() <= 0)) {
                        throw new IllegalArgumentException("bad rates");
                    }
                    cs.add(new KeywordMarket.CurrencyRates(c.currency(), RateStatistics.of(c.values())));
                }
                if (k.keyword() == null || k.fetched() < 0 || k.topRated() < 0 || k.topRated() > k.fetched()
                        || k.excluded() < 0) {
                    throw new IllegalArgumentException("bad counts");
                }
                markets.add(new KeywordMarket(k.keyword(), Math.max(0, k.totalResults()), k.fetched(), k.topRated(),
                        k.excluded(), cs));
            }
            return new Read(new MarketReport(markets), s.demo());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException(StoreException.Problem.DAMAGED,
                    "This saved report cannot be read. Run the report again to get fresh figures.", e);
        }
    }
}
