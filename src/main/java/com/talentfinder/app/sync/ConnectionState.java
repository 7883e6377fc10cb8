package com.talentfinder.app.sync;

/** Whether the database answers; a personal file is always {@link #CONNECTED}. */
public enum ConnectionState {
    CONNECTED,
    /** The team database does not answer; the app keeps retrying and keeps the user's edits. */
    UNREACHABLE
}
