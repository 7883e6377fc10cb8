package com.talentfinder.insights;

/** The factors of the ranking score, in the order the panel lists them. Codes are used in weight specs and JSON. */
public enum Factor {
    JSS("jss"), EARNINGS("earnings"), HOURS("hours"), JOBS("jobs"), BADGES("badges"), RATE("rate"),
    SKILLS("skills");

    private final String code;

    Factor(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The factor with this code (case-insensitive, trimmed), or null. */
    public static Factor fromCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        for (Factor f : values()) {
            if (f.code.equalsIgnoreCase(c)) {
                return f;
            }
        }
        return null;
    }
}
