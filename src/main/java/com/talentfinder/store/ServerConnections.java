package com.talentfinder.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/**
 * Connections to the team database server, reused: opening one costs a round trip and a login, so up to
 * {@link #MAX_IDLE} idle ones are kept. One idle for more than {@link #CHECK_AFTER_MS} is checked before use
 * (a server or firewall may have dropped it silently); a broken one is closed and a new one opened.
 */
final class ServerConnections {

    static final int MAX_IDLE = 4;
    static final long CHECK_AFTER_MS = 30_000;
    /** Seconds to wait for the server to answer a new connection. */
    static final int CONNECT_TIMEOUT_S = 10;

    private record Idle(Connection connection, long since) {
    }

    private final ServerLogin login;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    ServerConnections(ServerLogin login) {
        this.login = login;
    }

    ServerLogin login() {
        return login;
    }

    Connection take() throws SQLException {
        while (true) {
            Idle next;
            synchronized (this) {
                next = idle.pollFirst();
            }
            if (next == null) {
                return open();
            }
            if (System.currentTimeMillis() - next.since() < CHECK_AFTER_MS || next.connection().isValid(2)) {
                return next.connection();
            }
            closeQuietly(next.connection());
        }
    }

    /** Gives a connection back after a unit of work; {@code healthy} false closes it. */
    void give(Connection c, boolean healthy) {
        boolean keep = false;
        try {
            keep = healthy && !c.isClosed() && c.getAutoCommit();
        } catch (SQLException e) {
            keep = false;
        }
        synchronized (this) {
            if (keep && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(c, System.currentTimeMillis()));
                return;
            }
        }
        closeQuietly(c);
    }

    /** Closes the idle connections: after one was lost (a server restart), the others are broken too. */
    synchronized void dropIdle() {
        idle.forEach(i -> closeQuietly(i.connection()));
        idle.clear();
    }

    synchronized void close() {
        closed = true;
        idle.forEach(i -> closeQuietly(i.connection()));
        idle.clear();
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        if (login.user() != null) {
            props.setProperty("user", login.user());
        }
        if (login.password() != null) {
            props.setProperty("password", login.password());
        }
        props.setProperty("ApplicationName", "Talent Finder");
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        props.setProperty("tcpKeepAlive", "true");
        // Reads run in a transaction, so long results (an export of 50,000 entries) come 500 rows at a time.
        props.setProperty("defaultRowFetchSize", "500");
        // Batches of inserts (copying lists in) travel as multi-row statements.
        props.setProperty("reWriteBatchedInserts", "true");
        try {
            Driver driver = DriverManager.getDriver(ServerLogin.SCHEME);
            Connection c = driver.connect(login.url(), props);
            if (c == null) {
                throw new SQLException("Not a PostgreSQL address", "08001");
            }
            return c;
        } catch (SQLException e) {
            // A driver's message may repeat what it was given; the password never leaves this class.
            String message = login.mask(e.getMessage());
            if (message != null && message.equals(e.getMessage())) {
                throw e;
            }
            throw new SQLException(message, e.getSQLState());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // going away anyway
        }
    }
}
