package com.talentfinder.insights;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asking rates grouped by (country, currency). Currencies are never mixed and never converted; values are
 * pooled, never averaged across groups. Freelancers without a usable rate are left out and counted
 * (see {@link AskingRates}). Caveat: asking rates of the freelancers Upwork ranks first, not rates paid.
 *
 * @param groups   one group for every (country, currency) present, in {@link RateGroup#ORDER}
 * @param excluded freelancers left out for want of a rate or currency
 */
public record RatesByLocation(List<RateGroup> groups, int excluded) {

    /** How many groups a chart shows before pooling the rest as "other countries". */
    public static final int CHART_GROUPS = 15;

    public RatesByLocation {
        groups = List.copyOf(groups);
    }

    public static RatesByLocation of(List<Freelancer> freelancers) {
        AskingRates rates = AskingRates.of(freelancers);
        Map<LocationKey, List<BigDecimal>> byKey = new HashMap<>();
        for (AskingRates.Rated r : rates.rated()) {
            byKey.computeIfAbsent(LocationKey.of(r.freelancer().country(), r.currency()), k -> new ArrayList<>())
                    .add(r.rate());
        }
        List<RateGroup> groups = new ArrayList<>();
        byKey.forEach((key, values) -> groups.add(new RateGroup(key, RateStatistics.of(values))));
        groups.sort(RateGroup.ORDER);
        return new RatesByLocation(groups, rates.excluded());
    }

    /** Freelancers whose rate was used. */
    public int included() {
        return groups.stream().mapToInt(g -> g.stats().count()).sum();
    }

    /** {@link #forChart(int)} with {@link #CHART_GROUPS}. */
    public List<RateGroup> forChart() {
        return forChart(CHART_GROUPS);
    }

    /**
     * The {@code largest} biggest groups as they are, then the values of all the others pooled into one
     * "other countries" group per currency (ordered by n descending, then currency). An unknown-country
     * group outside the largest is pooled too.
     */
    public List<RateGroup> forChart(int largest) {
        if (largest < 0) {
            throw new IllegalArgumentException("largest must not be negative");
        }
        if (groups.size() <= largest) {
            return groups;
        }
        List<RateGroup> chart = new ArrayList<>(groups.subList(0, largest));
        Map<String, List<BigDecimal>> rest = new TreeMap<>();
        for (RateGroup g : groups.subList(largest, groups.size())) {
            rest.computeIfAbsent(g.key().currency(), c -> new ArrayList<>()).addAll(g.stats().values());
        }
        List<RateGroup> others = new ArrayList<>();
        rest.forEach((currency, values) ->
                others.add(new RateGroup(LocationKey.otherCountries(currency), RateStatistics.of(values))));
        others.sort(RateGroup.ORDER);
        chart.addAll(others);
        return chart;
    }
}
