package com.talentfinder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite database in the data folder.
 *
 * <p>Each unit of work gets its own short-lived connection, configured the same way: WAL journal (readers
 * never wait for a writer, and a second app process can share the file), foreign keys on, a busy timeout
 * so a second process waits instead of failing with "database is locked", and write transactions that
 * start {@code IMMEDIATE} so two writers never deadlock on a lock upgrade. {@code synchronous=NORMAL} in WAL
 * keeps every committed transaction through an application crash (only power loss may drop the last ones).
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

    private Database(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
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

    public Path file() {
        return file;
    }

    /** Runs read-only work (autocommit; WAL gives it a consistent snapshot per statement). */
    public <T> T read(String action, Work<T> work) {
        try (Connection c = connect(false)) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreException.from(action, e);
        }
    }

    /** Runs work in one write transaction: all of it is committed, or none of it. */
    public <T> T write(String action, Work<T> work) {
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
        return read("check the data file", c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; SQLite rolls back an open transaction then
        }
    }
}
