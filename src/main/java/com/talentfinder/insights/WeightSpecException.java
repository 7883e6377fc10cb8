package com.talentfinder.insights;

/**
 * A weight spec like {@code "jss=40,rate=20"} that cannot be read. Carries a {@link Code} and the offending
 * part (shortened to {@value #MAX_PART} characters); the UI and command line turn those into their own words.
 */
public class WeightSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    static final int MAX_PART = 40;

    /** What is wrong. */
    public enum Code {
        /** Nothing but blanks. */
        EMPTY,
        /** A part that is not {@code name=number}. */
        MALFORMED,
        /** A name that is no factor. */
        UNKNOWN_FACTOR,
        /** The same factor twice. */
        DUPLICATE_FACTOR,
        /** A weight that is not a whole number. */
        NOT_A_NUMBER,
        /** A weight outside 0–100. */
        OUT_OF_RANGE,
        /** Every weight is 0: nothing to score with. */
        ALL_ZERO
    }

    private final Code code;
    private final String part;

    public WeightSpecException(Code code, String part) {
        super(code + (part == null ? "" : ": " + shorten(part)));
        this.code = code;
        this.part = part == null ? null : shorten(part);
    }

    public Code code() {
        return code;
    }

    /** The part of the spec at fault, shortened; null when the whole spec is at fault. */
    public String part() {
        return part;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= MAX_PART ? t : t.substring(0, MAX_PART) + "…";
    }
}
