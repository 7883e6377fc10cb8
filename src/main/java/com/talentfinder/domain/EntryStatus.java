package com.talentfinder.domain;

/** Where a shortlisted freelancer stands in the hiring pipeline, in pipeline order. */
public enum EntryStatus {
    NEW("New"),
    CONTACTED("Contacted"),
    INTERVIEWING("Interviewing"),
    HIRED("Hired"),
    REJECTED("Rejected");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    /**
     * The English label: the default English of the command line, exports and imports only. The window shows a
     * status through the bundle ({@code shortlist.status.<code>}).
     */
    public String englishLabel() {
        return label;
    }

    /** The stable machine name used in the database, exports and the command line. */
    public String code() {
        return name();
    }

    /** Reads a code or a label, ignoring case; null when it is neither. */
    public static EntryStatus parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EntryStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
