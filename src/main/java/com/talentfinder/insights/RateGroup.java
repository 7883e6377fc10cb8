package com.talentfinder.insights;

import java.util.Comparator;

/** One group of rates: where (country and currency) and its figures. */
public record RateGroup(LocationKey key, RateStatistics stats) {

    /** Largest first (n descending), then country, then currency: the same input gives the same order. */
    static final Comparator<RateGroup> ORDER = Comparator
            .comparingInt((RateGroup g) -> g.stats().count()).reversed()
            .thenComparing(RateGroup::key, LocationKey.ORDER);
}
