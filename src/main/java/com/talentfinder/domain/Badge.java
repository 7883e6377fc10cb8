package com.talentfinder.domain;

/** Upwork's profile badges, highest first: Expert-Vetted &gt; Top Rated Plus &gt; Top Rated. */
public enum Badge {
    EXPERT_VETTED("expert_vetted", "Expert-Vetted"),
    TOP_RATED_PLUS("top_rated_plus", "Top Rated Plus"),
    TOP_RATED("top_rated", "Top Rated");

    private final String code;
    private final String label;

    Badge(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable machine name used in exports and the command line. */
    public String code() {
        return code;
    }

    /**
     * The English label Upwork itself shows: the default English of the command line and of exports only. The
     * window never calls it; it shows a badge through {@code ui.common.BadgeLook} and the bundle
     * ({@code badge.<code>}).
     */
    public String englishLabel() {
        return label;
    }

    public static Badge fromCode(String code) {
        for (Badge b : values()) {
            if (b.code.equals(code)) {
                return b;
            }
        }
        return null;
    }
}
