package com.talentfinder.export;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.util.Objects;

/**
 * One row to export: a freelancer, and the shortlist entry when the row comes from a list.
 *
 * @param entry the entry (status, rating, notes, tags, saved date), or null for a plain search result
 */
public record ExportRow(Freelancer freelancer, ShortlistEntry entry) {

    public ExportRow {
        Objects.requireNonNull(freelancer, "freelancer");
    }

    public static ExportRow of(ShortlistEntry entry) {
        return new ExportRow(entry.freelancer(), entry);
    }

    public static ExportRow of(Freelancer freelancer) {
        return new ExportRow(freelancer, null);
    }
}
