package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;

/**
 * What a shortlist's entries can be sorted by. Each key maps to a fixed SQL expression written here, so a
 * dynamic ORDER BY never contains text from outside.
 */
public enum EntrySort {
    NAME("Name", "e.sort_name"),
    RATE("Hourly rate", "e.hourly_rate"),
    JSS("Job Success Score", "e.jss"),
    STATUS("Status", statusRank()),
    RATING("Rating", "e.rating"),
    SAVED_AT("Saved", "e.saved_at");

    private final String label;
    private final String sqlExpression;

    EntrySort(String label, String sqlExpression) {
        this.label = label;
        this.sqlExpression = sqlExpression;
    }

    public String label() {
        return label;
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
