package com.talentfinder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saved searches (issue 15): a name, the query with its filters (an opaque JSON text the app layer writes and
 * reads back through cleaning/), how many pages a run fetches, "stop when nothing is new", and per search every
 * freelancer met with the run that first saw them, so a run can tell what is new. Names are unique,
 * case-insensitively. Ids are given here (portable SQL, no AUTOINCREMENT) inside the write transaction.
 */
public final class SavedSearchRepository {

    /** A saved search as stored. {@code lastRunAt} is null before the first run. */
    public record Row(long id, String name, String query, int perPage, String filtersJson, int pages,
                      boolean stopWhenNothingNew, Instant createdAt, Instant lastRunAt) {
    }

    /** One run of a saved search. */
    public record Run(int runNo, Instant ranAt, int pagesFetched, int calls, int newCount, int seenBefore,
                      String outcome) {
    }

    /** A freelancer a run met: id, position in the run, whether they pass the filters, profile JSON. */
    public record Met(String freelancerId, int position, boolean matches, String profileJson) {
    }

    /** A result of the latest run: its profile JSON and whether that run was the first to see it. */
    public record Result(String freelancerId, String profileJson, boolean isNew) {
    }

    /** Thrown when a name is already used by another saved search. */
    public static final class NameTakenException extends RuntimeException {
        private final String name;

        public NameTakenException(String name) {
            super("A saved search named '" + name + "' already exists. Pick another name, or delete that one first.");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    private static final String COLUMNS = "id, name, query, per_page, filters_json, pages, stop_when_nothing_new, "
            + "created_at, last_run_at";

    private final Database db;

    public SavedSearchRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** The key names are compared by: trimmed, lower case. */
    static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Saves a new search.
     *
     * @throws NameTakenException       when the name is used already
     * @throws IllegalArgumentException when the name is blank
     */
    public Row create(String name, String query, int perPage, String filtersJson, int pages,
                      boolean stopWhenNothingNew, Instant createdAt) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
        return db.write("save the search", c -> {
            if (findId(c, clean).isPresent()) {
                throw new NameTakenException(clean);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM saved_search");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_search(id, name, name_key, query, "
                    + "per_page, filters_json, pages, stop_when_nothing_new, created_at, last_run_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                ps.setLong(1, id);
                ps.setString(2, clean);
                ps.setString(3, nameKey(clean));
                ps.setString(4, query);
                ps.setInt(5, perPage);
                ps.setString(6, filtersJson == null ? "{}" : filtersJson);
                ps.setInt(7, pages);
                ps.setInt(8, stopWhenNothingNew ? 1 : 0);
                ps.setLong(9, createdAt.toEpochMilli());
                ps.executeUpdate();
            }
            return new Row(id, clean, query, perPage, filtersJson == null ? "{}" : filtersJson, pages,
                    stopWhenNothingNew, Instant.ofEpochMilli(createdAt.toEpochMilli()), null);
        });
    }

    /** Every saved search, by name. */
    public List<Row> list() {
        return db.read("list the saved searches", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_search ORDER BY name_key");
                 ResultSet rs = ps.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    /** The saved search of that name (trimmed, case-insensitive). */
    public Optional<Row> find(String name) {
        return db.read("find the saved search", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_search WHERE name_key = ?")) {
                ps.setString(1, nameKey(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Row>empty();
                }
            }
        });
    }

    /** Deletes a saved search with its runs and what it has seen; false when there was none of that name. */
    public boolean delete(String name) {
        return db.write("delete the saved search", c -> {
            Optional<Long> id = findId(c, name);
            if (id.isEmpty()) {
                return false;
            }
            for (String table : List.of("saved_search_seen", "saved_search_run")) {
                // The table name is one of our two constants, never input.
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE search_id = ?")) {
                    ps.setLong(1, id.get());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_search WHERE id = ?")) {
                ps.setLong(1, id.get());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** The ids of every freelancer any earlier run of this search met. */
    public Set<String> seenIds(long searchId) {
        return db.read("read what the saved search has seen", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT freelancer_id FROM saved_search_seen WHERE search_id = ?")) {
                ps.setLong(1, searchId);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> out = new HashSet<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Records a run in one transaction: its row, every freelancer it met (new ones with this run as their first),
     * and the search's last-run time.
     *
     * @return the run as stored (its number is the next one of this search)
     */
    public Run recordRun(long searchId, Instant ranAt, int pagesFetched, int calls, String outcome, List<Met> met) {
        return db.write("record the saved search's run", c -> {
            int runNo;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(run_no), 0) + 1 FROM saved_search_run WHERE search_id = ?")) {
                ps.setLong(1, searchId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    runNo = rs.getInt(1);
                }
            }
            Set<String> seen = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT freelancer_id FROM saved_search_seen WHERE search_id = ?")) {
                ps.setLong(1, searchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                }
            }
            int newCount = 0;
            int seenBefore = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO saved_search_seen(search_id, "
                    + "freelancer_id, first_run, last_run, position, matches, profile_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE saved_search_seen SET last_run = ?, "
                         + "position = ?, matches = ?, profile_json = ? WHERE search_id = ? AND freelancer_id = ?")) {
                Set<String> thisRun = new HashSet<>();
                for (Met m : met) {
                    if (!thisRun.add(m.freelancerId())) {
                        continue;
                    }
                    if (seen.contains(m.freelancerId())) {
                        if (m.matches()) {
                            seenBefore++;
                        }
                        update.setInt(1, runNo);
                        update.setInt(2, m.position());
                        update.setInt(3, m.matches() ? 1 : 0);
                        update.setString(4, m.profileJson());
                        update.setLong(5, searchId);
                        update.setString(6, m.freelancerId());
                        update.executeUpdate();
                    } else {
                        if (m.matches()) {
                            newCount++;
                        }
                        insert.setLong(1, searchId);
                        insert.setString(2, m.freelancerId());
                        insert.setInt(3, runNo);
                        insert.setInt(4, runNo);
                        insert.setInt(5, m.position());
                        insert.setInt(6, m.matches() ? 1 : 0);
                        insert.setString(7, m.profileJson());
                        insert.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_search_run(search_id, run_no, ran_at, "
                    + "pages_fetched, calls, new_count, seen_before, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, searchId);
                ps.setInt(2, runNo);
                ps.setLong(3, ranAt.toEpochMilli());
                ps.setInt(4, pagesFetched);
                ps.setInt(5, calls);
                ps.setInt(6, newCount);
                ps.setInt(7, seenBefore);
                ps.setString(8, outcome);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE saved_search SET last_run_at = ? WHERE id = ?")) {
                ps.setLong(1, ranAt.toEpochMilli());
                ps.setLong(2, searchId);
                ps.executeUpdate();
            }
            return new Run(runNo, Instant.ofEpochMilli(ranAt.toEpochMilli()), pagesFetched, calls, newCount,
                    seenBefore, outcome);
        });
    }

    /** The runs of a search, newest first. */
    public List<Run> runs(long searchId) {
        return db.read("read the saved search's runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_no, ran_at, pages_fetched, calls, new_count, "
                    + "seen_before, outcome FROM saved_search_run WHERE search_id = ? ORDER BY run_no DESC")) {
                ps.setLong(1, searchId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Run> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Run(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3),
                                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7)));
                    }
                    return out;
                }
            }
        });
    }

    /** What the latest run met that passes the filters, in the order it came, new ones marked. */
    public List<Result> latestResults(long searchId) {
        return db.read("read the saved search's results", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.freelancer_id, s.profile_json, s.first_run = s.last_run
                    FROM saved_search_seen s
                    WHERE s.search_id = ? AND s.matches = 1
                      AND s.last_run = (SELECT MAX(run_no) FROM saved_search_run r WHERE r.search_id = s.search_id)
                    ORDER BY s.position""")) {
                ps.setLong(1, searchId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Result> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Result(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                    }
                    return out;
                }
            }
        });
    }

    /** An option of the saved searches (e.g. the check at start), or empty. */
    public Optional<String> option(String name) {
        return db.read("read a saved-search option", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM saved_search_option WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void setOption(String name, String value) {
        db.write("save a saved-search option", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM saved_search_option WHERE name = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO saved_search_option(name, value) VALUES (?, ?)")) {
                del.setString(1, name);
                del.executeUpdate();
                ins.setString(1, name);
                ins.setString(2, value);
                ins.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Long> findId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM saved_search WHERE name_key = ?")) {
            ps.setString(1, nameKey(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        long lastRun = rs.getLong(9);
        Instant last = rs.wasNull() ? null : Instant.ofEpochMilli(lastRun);
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7) != 0, Instant.ofEpochMilli(rs.getLong(8)), last);
    }
}
