package com.talentfinder.store;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The PostgreSQL {@link ChangeFeed}: one daemon thread with a connection of its own runs
 * {@code LISTEN talent_finder_changes} (migration V9's triggers notify after every change to shortlists, entries,
 * tags and ratings) and waits for notifications half a second at a time. Every {@link #PING_EVERY} it asks the
 * server for an answer, so a connection dropped silently (a firewall, a server restart) is noticed: then
 * {@link Listener#lost()}, reconnect attempts with {@link Backoff}, and {@link Listener#back()} once it answers.
 */
public final class PgChangeListener implements ChangeFeed {

    /** The channel V9's triggers notify. */
    public static final String CHANNEL = "talent_finder_changes";
    static final Duration PING_EVERY = Duration.ofSeconds(10);
    private static final int WAIT_MS = 500;

    private final Database db;
    private final Listener listener;
    private final Backoff backoff;
    private final Thread thread;
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection connection;

    private PgChangeListener(Database db, Listener listener, Backoff backoff) {
        this.db = db;
        this.listener = listener;
        this.backoff = backoff;
        this.thread = new Thread(this::loop, "tf-db-listen");
        thread.setDaemon(true);
    }

    /** Starts listening on the team database {@code db}; {@code listener} is called on the listener's thread. */
    public static PgChangeListener start(Database db, Listener listener, Backoff backoff) {
        PgChangeListener l = new PgChangeListener(db, listener, backoff);
        l.thread.start();
        return l;
    }

    private void loop() {
        boolean lost = false;
        long lastPing = System.nanoTime();
        while (running) {
            Connection c = connection;
            try {
                if (c == null) {
                    c = db.dedicatedConnection();
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN " + CHANNEL);
                    }
                    connection = c;
                    backoff.reset();
                    listening.countDown();
                    if (lost) {
                        lost = false;
                        db.dropIdleConnections();
                        listener.back();
                    }
                }
                if (waitForNotifications(c)) {
                    listener.changed();
                }
                if (System.nanoTime() - lastPing > PING_EVERY.toNanos()) {
                    lastPing = System.nanoTime();
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT 1");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                connection = null;
                if (!running) {
                    break;
                }
                if (!lost) {
                    lost = true;
                    db.dropIdleConnections();
                    listener.lost();
                }
                sleep(backoff.next());
            }
        }
        closeQuietly(connection);
    }

    /**
     * Waits up to half a second for notifications through the driver's {@code PGConnection.getNotifications(int)}
     * (the driver is a runtime dependency, so it is called by name); true when any arrived.
     */
    private static boolean waitForNotifications(Connection c) throws SQLException {
        try {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object unwrapped = c.unwrap(pg);
            Method get = pg.getMethod("getNotifications", int.class);
            Object found = get.invoke(unwrapped, WAIT_MS);
            return found != null && Array.getLength(found) > 0;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("The change listener failed", "08006", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The PostgreSQL driver is missing", e);
        }
    }

    /** Waits until the listener is listening (tests: nothing committed before it is missed). */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken connection going away
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
