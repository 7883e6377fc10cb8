package com.talentfinder.store;

import com.talentfinder.domain.SearchRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recent searches, offered as the user types. */
public final class SearchHistoryRepository {

    private final Database db;
    private final Clock clock;

    public SearchHistoryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records that {@code request}'s query was searched now. */
    public void remember(SearchRequest request) {
        db.write("remember the search", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO search_history(query_key, query, last_used, use_count) VALUES (?, ?, ?, 1)
                    ON CONFLICT(query_key) DO UPDATE SET query = excluded.query,
                        last_used = excluded.last_used, use_count = use_count + 1""")) {
                ps.setString(1, request.normalisedQuery());
                ps.setString(2, request.query());
                ps.setLong(3, clock.millis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Up to {@code limit} past queries containing {@code prefix} (case-insensitive), most recent first. */
    public List<String> suggest(String typed, int limit) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return db.read("read recent searches", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT query FROM search_history
                    WHERE instr(query_key, ?) > 0
                    ORDER BY (substr(query_key, 1, length(?)) = ?) DESC, last_used DESC LIMIT ?""")) {
                ps.setString(1, needle);
                ps.setString(2, needle);
                ps.setString(3, needle);
                ps.setInt(4, limit);
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

    /** The most recent queries, newest first. */
    public List<String> recent(int limit) {
        return suggest("", limit);
    }

    public void clear() {
        db.write("clear recent searches", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_history")) {
                ps.executeUpdate();
            }
            return null;
        });
    }
}
