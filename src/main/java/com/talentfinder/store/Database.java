package com.talentfinder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * A database: the SQLite file in the data folder (personal, always there) or the team database on a
 * PostgreSQL server ({@link #openServer}: shortlists only). Repositories take either; {@link #dialect()} gives
 * the few statements that differ.
 *
 * <p>Each unit of work gets its own short-lived connection, configured the same way: WAL journal (readers
 * never wait for a writer, and a second app process can share the file), foreign keys on, a busy timeout
 * so a second process waits instead of failing with "database is locked", and write transactions that
 * start {@code IMMEDIATE} so two writers never deadlock on a lock upgrade. {@code synchronous=NORMAL} in WAL
 * keeps every committed transaction through an application crash (only power loss may drop the last ones).
 *
 * <p>On PostgreSQL connections are reused ({@link ServerConnections}), reads run in a read-committed
 * transaction (so long results stream) and writes in one transaction each; the password never appears in a
 * message.
 *
 * <p>SQL only through prepared statements; the schema is owned by {@link Migrator}.
 */
public final class Database {

    /** How long a write waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 15_000;

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path file;
    private final String url;
    private final ServerConnections server;
    private final StoreException unusable;
    private volatile boolean migrated;
    private Thread migrating;

    private Database(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.server = null;
        this.unusable = null;
    }

    private Database(ServerLogin login) {
        this.file = null;
        this.url = login.url();
        this.server = new ServerConnections(login);
        this.unusable = null;
    }

    private Database(StoreException why) {
        this.file = null;
        this.url = null;
        this.server = new ServerConnections(null);
        this.unusable = why;
    }

    /**
     * A team database that cannot be used at all (its address is not a PostgreSQL address): every read and write
     * fails with {@code why}, so a bad setting is worded where the lists are, not at start-up.
     */
    public static Database unusable(StoreException why) {
        return new Database(why);
    }

    /** Opens (creating when missing) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FOLDER, "Could not create the data folder " + file.getParent()
                    + ". Check that you may write there, or set TALENT_FINDER_HOME to another folder.", e);
        }
        Database db = new Database(file);
        new Migrator(db).migrate();
        return db;
    }

    /**
     * Opens and migrates the team database on a PostgreSQL server. A server that cannot be reached or refuses
     * the login is a {@link StoreException} with {@link StoreException.Problem#SERVER_UNREACHABLE} or
     * {@link StoreException.Problem#SERVER_REFUSED}; its message never holds the password.
     */
    public static Database openServer(ServerLogin login) {
        Database db = new Database(login);
        try {
            db.ensureMigrated();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * The team database on a PostgreSQL server, connected and migrated on first use: this never fails, so the
     * window opens while the server is away; each read or write until it answers fails with a
     * {@link StoreException} ({@link StoreException.Problem#SERVER_UNREACHABLE}, …) and the next one tries again.
     */
    public static Database server(ServerLogin login) {
        return new Database(login);
    }

    /**
     * Connects to a server and logs in, changing nothing (Settings' "Test"): returns when it answers, else a
     * worded {@link StoreException} as {@link #openServer} gives.
     */
    public static void probeServer(ServerLogin login) {
        ServerConnections connections = new ServerConnections(login);
        try {
            Connection c = connections.take();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            } finally {
                connections.give(c, false);
            }
        } catch (SQLException e) {
            throw StoreException.from("connect to the team database", e);
        } finally {
            connections.close();
        }
    }

    /** The SQLite file, or null for the team database on a server. */
    public Path file() {
        return file;
    }

    public Dialect dialect() {
        return server == null ? Dialect.SQLITE : Dialect.POSTGRES;
    }

    /** Where this database is, for diagnostics: the file, or the server address and user (never a password). */
    public String describe() {
        return server == null ? file.toAbsolutePath().toString()
                : unusable != null ? "an unusable team database address" : server.login().describe();
    }

    /** True once a team database answered and its schema was checked (false until its first use); a file: true. */
    public boolean connectedOnce() {
        return server == null || migrated;
    }

    /** Closes the idle server connections (nothing to do for a file). */
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** Runs read-only work (autocommit; WAL gives it a consistent snapshot per statement). */
    public <T> T read(String action, Work<T> work) {
        if (server != null) {
            return onServer(action, work);
        }
        try (Connection c = connect(false)) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreException.from(action, e);
        }
    }

    /** Runs work in one write transaction: all of it is committed, or none of it. */
    public <T> T write(String action, Work<T> work) {
        if (server != null) {
            return onServer(action, work);
        }
        try (Connection c = connect(true)) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.from(action, e);
        }
    }

    /** Migrates the server's schema once (the first use, or again after a failed first use). */
    private void ensureMigrated() {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (migrated || migrating == Thread.currentThread()) {
                return; // the migrator's own reads and writes
            }
            migrating = Thread.currentThread();
            try {
                new Migrator(this).migrate();
                migrated = true;
            } finally {
                migrating = null;
            }
        }
    }

    /** One transaction on a server connection; a connection that failed is not reused. */
    private <T> T onServer(String action, Work<T> work) {
        if (unusable != null) {
            throw unusable;
        }
        ensureMigrated();
        Connection c;
        try {
            c = server.take();
        } catch (SQLException e) {
            throw StoreException.from(action, e);
        }
        boolean healthy = false;
        try {
            c.setAutoCommit(false);
            T result = work.apply(c);
            c.commit();
            c.setAutoCommit(true);
            healthy = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            String state = e instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
            // A refused change leaves the connection usable; a lost one (class 08, 57P) does not.
            healthy = !state.startsWith("08") && !state.startsWith("57P") && rolledBack(c);
            if (state.startsWith("08") || state.startsWith("57P")) {
                server.dropIdle(); // a restarted server broke every idle connection, not just this one
            }
            if (e instanceof SQLException sql) {
                throw StoreException.from(action, sql);
            }
            throw (RuntimeException) e;
        } finally {
            server.give(c, healthy);
        }
    }

    /** Forgets the idle server connections (the change feed saw the server go away: they are broken). */
    void dropIdleConnections() {
        if (server != null) {
            server.dropIdle();
        }
    }

    /**
     * A connection of its own for a long-lived listener ({@link ChangeFeed}); the caller closes it. On a server it
     * fails like any unit of work when the server is away.
     */
    Connection dedicatedConnection() throws SQLException {
        if (server == null) {
            return connect(false);
        }
        ensureMigrated();
        Connection c = server.take();
        c.setAutoCommit(true);
        return c;
    }

    Connection connect(boolean immediate) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.createConnection(url);
    }

    /** Runs {@code PRAGMA integrity_check}; "ok" when the file is sound. */
    public String integrityCheck() {
        if (server != null) {
            return "ok"; // the server keeps its own files sound
        }
        return read("check the data file", c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private static boolean rolledBack(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; SQLite rolls back an open transaction then
        }
    }
}
