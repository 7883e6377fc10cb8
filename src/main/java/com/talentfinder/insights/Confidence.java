package com.talentfinder.insights;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a group's figures can be trusted, by its number of values, as salary surveys label it.
 * Below {@link #MIN_FOR_PERCENTILES} values there are no percentiles at all: {@link #TOO_FEW}.
 */
public enum Confidence {
    /** 0–4 values: the values are kept, but no percentiles ("too few to say"). */
    TOO_FEW("too_few"),
    /** 5–14 values. */
    LOW("low"),
    /** 15–49 values. */
    MEDIUM("medium"),
    /** 50 values or more. */
    HIGH("high");

    /** The smallest group that gets percentiles. */
    public static final int MIN_FOR_PERCENTILES = 5;

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** The stable machine name used in JSON and exports; the UI takes its words from the bundle. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Confidence forCount(int n) {
        if (n < MIN_FOR_PERCENTILES) {
            return TOO_FEW;
        }
        if (n < 15) {
            return LOW;
        }
        return n < 50 ? MEDIUM : HIGH;
    }
}
