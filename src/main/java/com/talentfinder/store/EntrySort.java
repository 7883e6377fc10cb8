package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;

/**
 * What a shortlist's entries can be sorted by. Each key maps to a fixed SQL expression written here, so a
 * dynamic ORDER BY never contains text from outside.
 */
public enum EntrySort {
    NAME("e.sort_name"),
    RATE("e.hourly_rate"),
    JSS("e.jss"),
    STATUS(statusRank()),
    RATING("e.rating"),
    SAVED_AT("e.saved_at");

    private final String sqlExpression;

    /** A sort key carries no words: the window titles its columns from the bundle. */
    EntrySort(String sqlExpression) {
        this.sqlExpression = sqlExpression;
    }

    /** True when an entry may have no value for this key (no rate, hidden or no JSS). */
    boolean canBeMissing() {
        return this == RATE || this == JSS;
    }

    /** The fixed SQL expression sorted on (never user input). */
    String sqlExpression() {
        return sqlExpression;
    }

    /** Status sorts in pipeline order (New first), not alphabetically. */
    private static String statusRank() {
        StringBuilder sb = new StringBuilder("CASE e.status");
        for (EntryStatus s : EntryStatus.values()) {
            sb.append(" WHEN '").append(s.code()).append("' THEN ").append(s.ordinal());
        }
        return sb.append(" END").toString();
    }
}
