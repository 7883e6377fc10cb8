package com.talentfinder.domain;

import java.util.Locale;

/** parse.bot's plans: credits a month and calls a minute. */
public enum Plan {
    FREE("Free", 100, 5),
    HOBBY("Hobby", 1_000, 20),
    DEVELOPER("Developer", 5_000, 250);

    private final String label;
    private final int creditsPerMonth;
    private final int callsPerMinute;

    Plan(String label, int creditsPerMonth, int callsPerMinute) {
        this.label = label;
        this.creditsPerMonth = creditsPerMonth;
        this.callsPerMinute = callsPerMinute;
    }

    public String label() {
        return label;
    }

    public int creditsPerMonth() {
        return creditsPerMonth;
    }

    public int callsPerMinute() {
        return callsPerMinute;
    }

    /** Reads {@code free}, {@code hobby} or {@code developer} in any case; null for anything else. */
    public static Plan parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
