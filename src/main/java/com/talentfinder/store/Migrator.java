package com.talentfinder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Versioned schema migrations on {@code PRAGMA user_version} (SQLite) or the one-row table
 * {@code schema_version} (PostgreSQL, the team database).
 *
 * <p>Migration {@code N} is the resource {@code migrations/V{N}.sql} beside this class, or a step in Java for data
 * work SQL cannot do (V5, {@link CleanStoredProfiles}); {@link #MIGRATIONS} lists them in order. Append new ones, never edit a released one. Each migration runs in its own
 * transaction together with the version bump. Before the first migration of an existing, non-empty
 * database, a consistent copy is written next to it ({@code talent-finder.db.before-v{N}-{time}.bak}); the newest
 * {@link #KEEP_BACKUPS} such copies are kept, older ones removed.
 *
 * <p>On PostgreSQL the same migrations run, translated ({@link #forPostgres}: identity keys, BIGINT, DOUBLE
 * PRECISION, BYTEA) or replaced by {@code migrations/postgres/V{N}.sql} when one exists; each step takes a
 * transaction-level advisory lock first, so two apps starting at once migrate once. The server's own backups
 * stand in for the copy beside the file.
 */
final class Migrator {

    /** The file names of the migrations, in order; version = position + 1. */
    static final List<String> MIGRATIONS = List.of(
            "V1.sql",
            "V2.sql",
            "V3.sql",
            "V4.sql",
            CleanStoredProfiles.NAME,
            "V6.sql",
            "V7.sql",
            "V8.sql",
            "V9.sql",
            "V10.sql");

    /** How many migration backups are kept beside the database. */
    static final int KEEP_BACKUPS = 3;

    private final Database db;

    Migrator(Database db) {
        this.db = db;
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** The advisory lock key every Talent Finder migration on a server takes ("TFschema"). */
    static final long SERVER_LOCK = 0x5446736368656d61L;

    void migrate() {
        boolean server = db.dialect() == Dialect.POSTGRES;
        int current = server ? db.write("read the team database's version", Migrator::lockedServerVersion)
                : db.read("read the data file's version", Migrator::userVersion);
        if (current > latestVersion()) {
            throw new StoreException(StoreException.Problem.NEWER_VERSION, (server ? "The team database was set up"
                    : "This data file was written") + " by a newer version of Talent Finder. "
                    + "Install the newer version to open it.", null);
        }
        if (current == latestVersion()) {
            return;
        }
        if (current > 0 && !server) {
            backup(current);
        }
        for (int v = current + 1; v <= latestVersion(); v++) {
            String name = MIGRATIONS.get(v - 1);
            String sql = !name.endsWith(".sql") ? null : server ? forPostgres(name) : load(name);
            int version = v;
            db.write(server ? "set up the team database" : "upgrade the data file", c -> {
                // Another process may have migrated while we waited for the write lock.
                if ((server ? lockedServerVersion(c) : userVersion(c)) >= version) {
                    return null;
                }
                try (Statement s = c.createStatement()) {
                    if (sql == null) {
                        CleanStoredProfiles.run(c);
                    } else {
                        for (String statement : splitStatements(sql)) {
                            if (server || !addsAColumnThatExists(c, statement)) {
                                s.execute(statement);
                            }
                        }
                    }
                    if (server) {
                        try (PreparedStatement ps = c.prepareStatement("UPDATE schema_version SET version = ?")) {
                            ps.setInt(1, version);
                            ps.executeUpdate();
                        }
                    } else {
                        // PRAGMA takes no bound parameters; version is our own integer, not input.
                        s.execute("PRAGMA user_version = " + version);
                    }
                }
                return null;
            });
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * On a server, inside the caller's transaction: takes the migration lock (held until it ends), creates the
     * version table when missing and returns the version.
     */
    static int lockedServerVersion(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, SERVER_LOCK);
            lock.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (one INTEGER PRIMARY KEY CHECK (one = 1),"
                    + " version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version(one, version) VALUES (1, 0) ON CONFLICT DO NOTHING");
            try (var rs = s.executeQuery("SELECT version FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The PostgreSQL text of migration {@code name}: its override in {@code postgres/}, else translated. */
    static String forPostgres(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream("migrations/postgres/" + name)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration postgres/" + name, e);
        }
        return translate(load(name));
    }

    /**
     * Portable SQLite DDL as PostgreSQL: {@code INTEGER PRIMARY KEY [AUTOINCREMENT]} becomes an identity key,
     * INTEGER becomes BIGINT (epoch milliseconds do not fit 32 bits), REAL DOUBLE PRECISION, BLOB BYTEA, and
     * {@code COLLATE NOCASE} byte order ("C").
     */
    static String translate(String sql) {
        return sql.replaceAll("(?i)\\bINTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?\\b",
                        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                .replaceAll("(?i)\\bINTEGER\\b", "BIGINT")
                .replaceAll("(?i)\\bREAL\\b", "DOUBLE PRECISION")
                .replaceAll("(?i)\\bBLOB\\b", "BYTEA")
                .replaceAll("(?i)\\bCOLLATE\\s+NOCASE\\b", "COLLATE \"C\"");
    }

    private void backup(int fromVersion) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = db.file().resolveSibling(db.file().getFileName() + ".before-v" + (fromVersion + 1)
                + "-" + stamp + ".bak");
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.DISK_FULL, "Could not make a backup of your data before upgrading it. "
                    + "Check the free space in the data folder.", e);
        }
        db.read("back up the data file before upgrading it", c -> {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
        try {
            // A copy of the user's data: readable by the user only, like the database itself.
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: the per-user data folder is private already
        }
        pruneBackups();
    }

    /** Keeps the newest {@link #KEEP_BACKUPS} migration backups (by name: the stamp sorts by time). */
    private void pruneBackups() {
        String prefix = db.file().getFileName() + ".before-v";
        Path folder = db.file().toAbsolutePath().getParent();
        try (var files = Files.list(folder)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".bak"))
                    .sorted(java.util.Comparator.comparing((Path p) -> stampOf(p.getFileName().toString())).reversed())
                    .toList();
            for (Path old : backups.subList(Math.min(KEEP_BACKUPS, backups.size()), backups.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // an old backup left behind costs only space
        }
    }

    /** "20261202-041500" from "talent-finder.db.before-v5-20261202-041500.bak". */
    private static String stampOf(String name) {
        String core = name.substring(0, name.length() - ".bak".length());
        int dash = core.length() - "yyyyMMdd-HHmmss".length();
        return dash > 0 ? core.substring(dash) : core;
    }

    private static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }

    /** Splits a migration script on semicolons at line ends; migrations keep one statement per block. */
    private static final java.util.regex.Pattern ADD_COLUMN = java.util.regex.Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)\\b.*");

    /**
     * True for an {@code ALTER TABLE t ADD COLUMN c} whose column is already there (SQLite has no
     * {@code ADD COLUMN IF NOT EXISTS}): a file whose version was set back, or a partial copy, upgrades instead of
     * failing on "duplicate column".
     */
    static boolean addsAColumnThatExists(java.sql.Connection c, String statement) throws java.sql.SQLException {
        java.util.regex.Matcher m = ADD_COLUMN.matcher(statement);
        if (!m.matches()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, m.group(1));
            ps.setString(2, m.group(2));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<String> splitStatements(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(cleaned.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
