package com.talentfinder.domain;

/** The outcome of re-checking a saved profile against the API. */
public enum RefreshState {
    UNCHANGED("Unchanged"),
    CHANGED("Changed"),
    NOT_FOUND("Not found");

    private final String label;

    RefreshState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
