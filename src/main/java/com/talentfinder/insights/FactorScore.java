package com.talentfinder.insights;

import java.math.BigDecimal;

/**
 * One factor's part in one freelancer's score.
 *
 * @param weight         the weight as set (0–100)
 * @param value          0..1 when {@link Status#KNOWN}, else null
 * @param reason         why the value is unknown, only for {@link Status#UNKNOWN}
 * @param receivedWeight the weight this factor took over from the unknown factors (only KNOWN factors
 *                       receive any): unknown weight × this weight ÷ the known weights
 * @param contribution   points of the score (one decimal), only for KNOWN factors; these add up to the score
 */
public record FactorScore(Factor factor, Status status, UnknownReason reason, int weight, Double value,
                          double receivedWeight, BigDecimal contribution) {

    /** Whether and how a factor took part. */
    public enum Status {
        /** Has a value and counts. */
        KNOWN,
        /** Would count, but the profile has no value: its weight went to the known factors. */
        UNKNOWN,
        /** No target rate set, or no skills required. */
        NOT_APPLICABLE,
        /** Weight 0. */
        ZERO_WEIGHT
    }

    /** Why a value is unknown. */
    public enum UnknownReason {
        /** The freelancer hides it (JSS, earnings). */
        HIDDEN,
        /** Not sent, or not there yet (a new profile has no JSS). */
        MISSING,
        /** The rate is in another currency than the target; rates are never converted. */
        OTHER_CURRENCY
    }

    /** The weight this factor counted with: its own plus what it received. */
    public double effectiveWeight() {
        return status == Status.KNOWN ? weight + receivedWeight : 0;
    }
}
