package com.talentfinder.insights;

import java.time.Instant;
import java.util.Objects;

/**
 * One count of freelancers offering a skill: what a search reported as {@code total_results} at a time.
 * It counts freelancers who list the skill (supply), not demand.
 *
 * @param method how the count was collected (e.g. {@code "search/v1"}, or a page size); a change between
 *               two points of a series is marked, because counts from different methods may not compare.
 *               Null is a method of its own ("not recorded").
 */
public record SupplyObservation(Instant time, String query, long totalResults, String method) {

    public SupplyObservation {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(query, "query");
        if (totalResults < 0) {
            throw new IllegalArgumentException("totalResults must not be negative");
        }
    }
}
