package com.talentfinder.export;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;

/**
 * The ranking score an export writes beside each freelancer, and the version of the formula that made it. The
 * export layer does not compute scores (the formula lives in {@code insights}); the caller hands one in, made
 * from the weights in use. {@link #NONE} writes blank scores and no formula.
 */
public interface ExportScorer {

    /** No scores: the score columns stay blank. */
    ExportScorer NONE = new ExportScorer() {
        @Override
        public BigDecimal score(Freelancer f) {
            return null;
        }

        @Override
        public String formula() {
            return null;
        }
    };

    /** The score 0–100 with one decimal, or null when no factor in play has a value ("unknown", never 0). */
    BigDecimal score(Freelancer f);

    /** The formula's version, e.g. {@code "v1"}, or null. */
    String formula();

    /** What the score ran with, for a reader: e.g. {@code "jss=25,earnings=15,…"}; null when not known. */
    default String weights() {
        return null;
    }
}
