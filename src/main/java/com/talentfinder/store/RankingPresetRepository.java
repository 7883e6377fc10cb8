package com.talentfinder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking panel's saved weight presets and the Insights screen's small choices (migration V8). Weights are
 * kept as the weight spec text the command line reads ({@code jss=40,rate=20,…}); the caller parses and checks
 * it, so a value edited by hand is never trusted here.
 */
public final class RankingPresetRepository {

    /** One saved preset: the user's name, the weight spec, when it was saved. */
    public record Row(String name, String weights, Instant savedAt) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(savedAt, "savedAt");
        }
    }

    private final Database db;

    public RankingPresetRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** Saves under {@code row.name()}, replacing a preset of that exact name. */
    public void save(Row row) {
        db.write("save a ranking preset", c -> {
            delete(c, row.name());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ranking_preset(name, weights, saved_at) VALUES (?, ?, ?)")) {
                ps.setString(1, row.name());
                ps.setString(2, row.weights());
                ps.setLong(3, row.savedAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the preset of that exact name; true when there was one. */
    public boolean delete(String name) {
        return db.write("delete a ranking preset", c -> delete(c, name) > 0);
    }

    /** Every saved preset, by name (A–Z, case-insensitive). */
    public List<Row> all() {
        return db.read("read the ranking presets", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, weights, saved_at FROM ranking_preset ORDER BY LOWER(name), name");
                 ResultSet rs = ps.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
                return out;
            }
        });
    }

    /** A preference's value, if set. */
    public Optional<String> preference(String name) {
        return db.read("read an Insights choice", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM insights_preference WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Sets a preference; null removes it. */
    public void setPreference(String name, String value) {
        db.write("save an Insights choice", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM insights_preference WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            if (value != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO insights_preference(name, value) VALUES (?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, value);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static int delete(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ranking_preset WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate();
        }
    }
}
