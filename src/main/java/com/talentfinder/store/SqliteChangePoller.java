package com.talentfinder.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The SQLite {@link ChangeFeed}: one daemon thread keeps one connection and reads {@code PRAGMA data_version}
 * every {@code interval}; the number changes when any other connection (this process's short-lived ones
 * included) commits. A cheap read of the file header, no table is touched.
 */
public final class SqliteChangePoller implements ChangeFeed {

    private final Database db;
    private final Duration interval;
    private final ChangeFeed.Listener onChange;
    private final Thread thread;
    private final java.util.concurrent.CountDownLatch firstReading = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean running = true;

    private SqliteChangePoller(Database db, Duration interval, ChangeFeed.Listener onChange) {
        this.db = db;
        this.interval = interval;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "tf-db-changes");
        thread.setDaemon(true);
    }

    /** Starts polling; {@code onChange} is called on the poller's thread (a file is never "lost"). */
    public static SqliteChangePoller start(Database db, Duration interval, ChangeFeed.Listener onChange) {
        SqliteChangePoller p = new SqliteChangePoller(db, interval, onChange);
        p.thread.start();
        return p;
    }

    private void loop() {
        long seen = -1;
        Connection c = null;
        while (running) {
            try {
                if (c == null) {
                    c = db.connect(false);
                    seen = dataVersion(c);
                    firstReading.countDown();
                }
                long now = dataVersion(c);
                if (now != seen) {
                    seen = now;
                    onChange.changed();
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c); // the file moved or is busy: open a fresh connection next round
                c = null;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                break;
            }
        }
        closeQuietly(c);
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    /** Waits until the poller has read the version it compares against (tests: nothing before it is heard). */
    boolean awaitFirstReading(Duration timeout) throws InterruptedException {
        return firstReading.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
