package com.talentfinder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Market-rate reports saved by name and date (issue 14). The inputs are kept as an opaque JSON text written
 * and read by the insights use cases, so reopening a report computes it again without calling the service.
 */
public final class MarketReportRepository {

    /** What a list of saved reports shows. Keywords are stored one per line. */
    public record Summary(long id, String name, Instant createdAt, List<String> keywords, int pages) {
        public Summary {
            keywords = List.copyOf(keywords);
        }
    }

    /** A saved report with its inputs. {@code fetchedFrom}/{@code fetchedTo} may be null (nothing fetched). */
    public record Saved(Summary summary, Instant fetchedFrom, Instant fetchedTo, String inputsJson) {
    }

    private final Database db;

    public MarketReportRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** Saves a report; returns its id. A name may be used again: each save is its own dated report. */
    public long save(String name, Instant createdAt, List<String> keywords, int pages, Instant fetchedFrom,
                     Instant fetchedTo, String inputsJson) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a report needs a name");
        }
        return db.write("save the market report", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO market_report(name, created_at, keywords, pages, fetched_from, fetched_to, inputs_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clean);
                ps.setLong(2, createdAt.toEpochMilli());
                ps.setString(3, String.join("\n", keywords));
                ps.setInt(4, pages);
                setInstant(ps, 5, fetchedFrom);
                setInstant(ps, 6, fetchedTo);
                ps.setString(7, inputsJson);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Every saved report, newest first. */
    public List<Summary> list() {
        return db.read("list the saved reports", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, name, created_at, keywords, pages FROM market_report ORDER BY created_at DESC, id DESC""");
                 ResultSet rs = ps.executeQuery()) {
                List<Summary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(summary(rs));
                }
                return out;
            }
        });
    }

    public Optional<Saved> open(long id) {
        return db.read("open the saved report", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, name, created_at, keywords, pages, fetched_from, fetched_to, inputs_json
                    FROM market_report WHERE id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Saved>empty();
                    }
                    return Optional.of(new Saved(summary(rs), instant(rs, 6), instant(rs, 7), rs.getString(8)));
                }
            }
        });
    }

    /** The newest report saved under this name (trimmed, case-insensitive). */
    public Optional<Saved> latestNamed(String name) {
        String clean = name == null ? "" : name.strip();
        Optional<Long> id = db.read("find the saved report", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id FROM market_report WHERE name = ? COLLATE NOCASE ORDER BY created_at DESC, id DESC
                    LIMIT 1""")) {
                ps.setString(1, clean);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
        return id.flatMap(this::open);
    }

    private static Summary summary(ResultSet rs) throws java.sql.SQLException {
        String kw = rs.getString(4);
        return new Summary(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                kw == null || kw.isEmpty() ? List.of() : Arrays.asList(kw.split("\n")), rs.getInt(5));
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws java.sql.SQLException {
        if (t == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setLong(i, t.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, int col) throws java.sql.SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
