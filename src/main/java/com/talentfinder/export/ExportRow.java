package com.talentfinder.export;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row to export: a freelancer, and the shortlist entry when the row comes from a list.
 *
 * @param entry        the entry (status, rating, notes, tags, saved date), or null for a plain search result
 * @param score        the ranking score (see {@link ExportScorer}), or null
 * @param scoreFormula the score formula's version, or null when no score was asked for
 */
public record ExportRow(Freelancer freelancer, ShortlistEntry entry, BigDecimal score, String scoreFormula) {

    public ExportRow {
        Objects.requireNonNull(freelancer, "freelancer");
    }

    public ExportRow(Freelancer freelancer, ShortlistEntry entry) {
        this(freelancer, entry, null, null);
    }

    public static ExportRow of(ShortlistEntry entry) {
        return new ExportRow(entry.freelancer(), entry);
    }

    public static ExportRow of(Freelancer freelancer) {
        return new ExportRow(freelancer, null);
    }

    /** This row with its score from {@code scorer} (a row already scored keeps its score). */
    public ExportRow scored(ExportScorer scorer) {
        if (scoreFormula != null || scorer == null || scorer == ExportScorer.NONE) {
            return this;
        }
        return new ExportRow(freelancer, entry, scorer.score(freelancer), scorer.formula());
    }
}
