package com.talentfinder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The append-only record of "freelancers offering X" counts (issue 14): one row per real search answer.
 * There is no update and no delete here, and the table refuses updates (a trigger).
 */
public final class ObservationRepository {

    /** One stored count; {@code keyword} is the query folded to its series key by the caller. */
    public record Row(Instant time, String query, String keyword, long totalResults, String method) {
        public Row {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(keyword, "keyword");
        }
    }

    private final Database db;

    public ObservationRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    public void append(Row row) {
        db.write("record how many freelancers offer a skill", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO supply_observation(observed_at, query, keyword, total_results, method)
                    VALUES (?, ?, ?, ?, ?)""")) {
                ps.setLong(1, row.time().toEpochMilli());
                ps.setString(2, row.query());
                ps.setString(3, row.keyword());
                ps.setLong(4, Math.max(0, row.totalResults()));
                ps.setString(5, row.method());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every count of one keyword, oldest first (insertion order for equal times). */
    public List<Row> forKeyword(String keyword) {
        return db.read("read the counts of a skill", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT observed_at, query, keyword, total_results, method FROM supply_observation
                    WHERE keyword = ? ORDER BY observed_at, id""")) {
                ps.setString(1, keyword);
                return rows(ps);
            }
        });
    }

    /** The keywords with at least one count, A–Z. */
    public List<String> keywords() {
        return db.read("read the skills counted", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT keyword FROM supply_observation ORDER BY keyword")) {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    public long count() {
        return db.read("count the skill counts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM supply_observation");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private static List<Row> rows(PreparedStatement ps) throws java.sql.SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)));
            }
        }
        return out;
    }
}
