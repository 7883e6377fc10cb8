package com.talentfinder.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.PageCache;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page cache in the database: one row per (API URL, normalised query, page, per_page), holding the page's
 * freelancers in their normalised JSON form ({@link FreelancerJson}), the totals and when it was fetched.
 * A page is fresh while {@code fetched_at + ttl} is after now on the given clock.
 */
public final class SqlitePageCache implements PageCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public SqlitePageCache(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<SearchPage> get(String apiUrl, SearchRequest request, Duration ttl) {
        Optional<Row> row = db.read("read a cached page", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT total_results, total_pages, freelancers_json, fetched_at FROM page_cache
                    WHERE api_url = ? AND query_key = ? AND page = ? AND per_page = ?""")) {
                bindKey(ps, apiUrl, request);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
                            : Optional.<Row>empty();
                }
            }
        });
        if (row.isEmpty() || !isFresh(row.get().fetchedAt(), ttl)) {
            return Optional.empty();
        }
        Row r = row.get();
        List<Freelancer> freelancers = parse(r.json());
        if (freelancers == null) {
            return Optional.empty();
        }
        return Optional.of(new SearchPage(request, r.totalResults(), r.totalPages(), freelancers,
                Instant.ofEpochMilli(r.fetchedAt()), true));
    }

    @Override
    public boolean isFresh(String apiUrl, SearchRequest request, Duration ttl) {
        return fetchedAt(apiUrl, request).map(at -> isFresh(at.toEpochMilli(), ttl)).orElse(false);
    }

    @Override
    public void put(String apiUrl, SearchPage page) {
        String json = FreelancerJson.toJson(page.freelancers()).toString();
        Instant at = page.fetchedAt() != null ? page.fetchedAt() : clock.instant();
        db.write("store a page in the cache", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO page_cache(api_url, query_key, page, per_page, total_results, total_pages,
                        freelancers_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(api_url, query_key, page, per_page) DO UPDATE SET
                        total_results = excluded.total_results, total_pages = excluded.total_pages,
                        freelancers_json = excluded.freelancers_json, fetched_at = excluded.fetched_at""")) {
                bindKey(ps, apiUrl, page.request());
                ps.setLong(5, page.totalResults());
                ps.setInt(6, page.totalPages());
                ps.setString(7, json);
                ps.setLong(8, at.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> fetchedAt(String apiUrl, SearchRequest request) {
        return db.read("read a cached page's age", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT fetched_at FROM page_cache
                    WHERE api_url = ? AND query_key = ? AND page = ? AND per_page = ?""")) {
                bindKey(ps, apiUrl, request);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Deletes pages older than {@code ttl}; returns how many. */
    public int pruneOlderThan(Duration ttl) {
        long cutoff = clock.millis() - ttl.toMillis();
        return db.write("tidy the page cache", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_cache WHERE fetched_at <= ?")) {
                ps.setLong(1, cutoff);
                return ps.executeUpdate();
            }
        });
    }

    /** The most pages kept: a few thousand pages of results, tens of megabytes at most. */
    public static final int MAX_PAGES = 2_000;

    /** Keeps the newest {@code max} pages and deletes the rest; returns how many went. */
    public int pruneToSize(int max) {
        return db.write("tidy the page cache", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_cache WHERE rowid NOT IN "
                    + "(SELECT rowid FROM page_cache ORDER BY fetched_at DESC LIMIT ?)")) {
                ps.setInt(1, max);
                return ps.executeUpdate();
            }
        });
    }

    /** Empties the cache (the next search of every page makes a call). */
    public void clear() {
        db.write("empty the page cache", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_cache")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many pages are stored, fresh or not. */
    public int size() {
        return db.read("count cached pages", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM page_cache");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private boolean isFresh(long fetchedAtMillis, Duration ttl) {
        return fetchedAtMillis + ttl.toMillis() > clock.millis();
    }

    private static void bindKey(PreparedStatement ps, String apiUrl, SearchRequest request)
            throws java.sql.SQLException {
        ps.setString(1, apiUrl);
        ps.setString(2, request.normalisedQuery());
        ps.setInt(3, request.page());
        ps.setInt(4, request.perPage());
    }

    /** @return the freelancers, or null when the stored JSON cannot be read (then treated as a miss) */
    private static List<Freelancer> parse(String json) {
        try {
            JsonNode array = JSON.readTree(json);
            List<Freelancer> out = new ArrayList<>();
            for (JsonNode n : array) {
                out.add(FreelancerJson.fromJson(n));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private record Row(long totalResults, int totalPages, String json, long fetchedAt) {
    }
}
