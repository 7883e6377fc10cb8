package com.talentfinder.ui.search;

/** What the results area shows. */
public enum ContentState {
    /** Before any search: what the app does, and how to add a key. */
    FIRST_RUN,
    /** A page of results. */
    RESULTS,
    /** A search that matched nobody. */
    EMPTY
}
