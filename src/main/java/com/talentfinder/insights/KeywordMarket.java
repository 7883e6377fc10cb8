package com.talentfinder.insights;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The market figures of one keyword: how many freelancers match, how many of those fetched carry a Top Rated
 * or better badge, and the rate figures per currency.
 *
 * <p>Several currencies in one keyword give one {@link CurrencyRates} each (and so one report row per
 * keyword and currency), ordered by n descending, then currency code. A keyword without any usable rate
 * has no currency entries at all; {@link MarketReport#rows()} still gives it one row.
 *
 * @param totalResults how many freelancers match in all, as the service reported (not only those fetched)
 * @param fetched      distinct freelancers fetched (by id), with or without a rate
 * @param topRated     of those, how many carry Top Rated, Top Rated Plus or Expert-Vetted
 * @param excluded     of those, how many had no usable rate
 */
public record KeywordMarket(String keyword, long totalResults, int fetched, int topRated, int excluded,
                            List<CurrencyRates> currencies) {

    /** The rate figures of one keyword in one currency. */
    public record CurrencyRates(String currency, RateStatistics stats) {
    }

    public KeywordMarket {
        currencies = List.copyOf(currencies);
    }

    /**
     * @param keyword      the keyword as searched
     * @param totalResults {@code SearchPage.totalResults()} of the keyword's first page
     * @param freelancers  the freelancers of every fetched page (repeats are counted once, by id)
     */
    public static KeywordMarket of(String keyword, long totalResults, List<Freelancer> freelancers) {
        Set<String> seen = new HashSet<>();
        int fetched = 0;
        int badged = 0;
        for (Freelancer f : freelancers) {
            if (seen.add(f.id())) {
                fetched++;
                if (f.badge() != null) {
                    badged++;
                }
            }
        }
        AskingRates rates = AskingRates.of(freelancers);
        Map<String, List<BigDecimal>> byCurrency = new TreeMap<>();
        for (AskingRates.Rated r : rates.rated()) {
            byCurrency.computeIfAbsent(r.currency(), c -> new ArrayList<>()).add(r.rate());
        }
        List<CurrencyRates> currencies = new ArrayList<>();
        byCurrency.forEach((c, values) -> currencies.add(new CurrencyRates(c, RateStatistics.of(values))));
        currencies.sort((a, b) -> Integer.compare(b.stats().count(), a.stats().count()));
        return new KeywordMarket(keyword, Math.max(0, totalResults), fetched, badged, rates.excluded(),
                currencies);
    }

    /**
     * The share (0..1) of fetched freelancers with a Top Rated or better badge, to
     * {@value Decimals#QUOTIENT_SCALE} places; null when nothing was fetched. It describes the freelancers
     * Upwork ranked first, who are badged more often than the whole market.
     */
    public BigDecimal topRatedShare() {
        return fetched == 0 ? null : Decimals.divide(BigDecimal.valueOf(topRated), BigDecimal.valueOf(fetched));
    }
}
