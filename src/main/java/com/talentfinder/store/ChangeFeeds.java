package com.talentfinder.store;

import java.time.Duration;

/** The change feed that fits a database: LISTEN/NOTIFY on a team server, a data_version poll on a file. */
public final class ChangeFeeds {

    /** How often the SQLite file is asked whether another connection committed. */
    public static final Duration FILE_POLL = Duration.ofMillis(500);

    private ChangeFeeds() {
    }

    public static ChangeFeed start(Database db, ChangeFeed.Listener listener) {
        return db.dialect() == Dialect.POSTGRES ? PgChangeListener.start(db, listener, Backoff.standard())
                : SqliteChangePoller.start(db, FILE_POLL, listener);
    }
}
