package com.talentfinder.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryRefresh;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.ShortlistEntry;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The SQL and row mapping of shortlist entries: filters, sort, snapshot keys. Package-private plumbing. */
final class EntryRows {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Separates tags in the aggregated column; tags never hold control characters. */
    private static final String TAG_SEPARATOR = "\u001f";

    /** The columns {@link #map} reads, from {@code shortlist_entry e}. */
    static String select(Dialect dialect) {
        return """
            SELECT e.shortlist_id, e.snapshot_json, e.saved_at, e.status, e.rating, e.notes,
                   e.refreshed_at, e.refresh_state, e.refresh_changes,
                   (SELECT %s FROM entry_tag t WHERE t.entry_id = e.id) AS tags
            FROM shortlist_entry e
            """.formatted(dialect.tagList("t.tag"));
    }

    private EntryRows() {
    }

    /** A WHERE clause with its parameters, built only from fixed text and placeholders. */
    record Where(String sql, List<Object> params) {
        void bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
        }
    }

    static Where where(Dialect dialect, long shortlistId, EntryQuery q) {
        StringBuilder sql = new StringBuilder(" WHERE e.shortlist_id = ? AND e.removed_at IS NULL");
        List<Object> params = new ArrayList<>();
        params.add(shortlistId);
        if (!q.statuses().isEmpty()) {
            StringJoiner in = new StringJoiner(", ", " AND e.status IN (", ")");
            q.statuses().stream().sorted().forEach(s -> {
                in.add("?");
                params.add(s.code());
            });
            sql.append(in);
        }
        if (q.minRating() > 0) {
            sql.append(" AND e.rating >= ?");
            params.add(q.minRating());
        }
        if (q.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM entry_tag t WHERE t.entry_id = e.id AND t.tag = ?)");
            params.add(ShortlistEntry.normaliseTag(q.tag()));
        }
        if (q.text() != null) {
            sql.append(" AND (" + dialect.contains("e.profile_key") + " OR " + dialect.contains("e.notes_key")
                    + " OR EXISTS (SELECT 1 FROM entry_tag t2 WHERE t2.entry_id = e.id AND "
                    + dialect.contains("t2.tag") + "))");
            params.add(q.textKey());
            params.add(q.textKey());
            params.add(q.textKey());
        }
        return new Where(sql.toString(), params);
    }

    /**
     * Missing values last in either direction; ties broken by name then insertion order, so pages are stable.
     * A key that is never missing gets no "is missing" term, so an index can give the order without a sort
     * (newest saved first, the default, has its own index: migration V4).
     */
    static String orderBy(EntryQuery q) {
        String expr = q.sort().sqlExpression();
        String dir = q.ascending() ? "ASC" : "DESC";
        String missingLast = q.sort().canBeMissing() ? "(" + expr + ") IS NULL, " : "";
        return " ORDER BY " + missingLast + expr + " " + dir + ", e.sort_name ASC, e.id ASC";
    }

    static ShortlistEntry map(ResultSet rs) throws SQLException {
        Columns c = Columns.of(rs);
        return raw(rs, c, rs.getLong(c.shortlistId())).entry();
    }

    /** Where {@link #select}'s columns are in a result set, looked up once per query instead of once per row. */
    record Columns(int shortlistId, int snapshot, int savedAt, int status, int rating, int notes, int refreshedAt,
                   int refreshState, int refreshChanges, int tags) {
        static Columns of(ResultSet rs) throws SQLException {
            return new Columns(rs.findColumn("shortlist_id"), rs.findColumn("snapshot_json"),
                    rs.findColumn("saved_at"), rs.findColumn("status"), rs.findColumn("rating"),
                    rs.findColumn("notes"), rs.findColumn("refreshed_at"), rs.findColumn("refresh_state"),
                    rs.findColumn("refresh_changes"), rs.findColumn("tags"));
        }
    }

    /**
     * One row's columns as read, before its snapshot is parsed ({@link #entry}): the database's part of reading
     * an entry, so that a long stream can step the rows on one thread and parse them on another.
     */
    record Raw(long shortlistId, byte[] snapshot, long savedAt, String status, int rating, String notes,
               Long refreshedAt, String refreshState, String refreshChanges, String tags) {

        /** The entry: the snapshot through the cleaning ({@link #snapshot}), the rest as {@link #map} reads it. */
        ShortlistEntry entry() throws SQLException {
            // The stored UTF-8 bytes, parsed as they are: no String in between (the export reads 100,000 of these).
            Freelancer f = EntryRows.snapshot(snapshot);
            EntryRefresh refresh = refreshedAt == null || refreshState == null ? null
                    : new EntryRefresh(Instant.ofEpochMilli(refreshedAt), RefreshState.valueOf(refreshState),
                            refreshChanges);
            return new ShortlistEntry(shortlistId, f, Instant.ofEpochMilli(savedAt), EntryStatus.parse(status),
                    rating, UntrustedText.withoutNul(notes),
                    tags == null ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)), refresh);
        }
    }

    /**
     * One row's columns, for a query of one list ({@code shortlistId}, which is not read again). Each column read is
     * a native call into SQLite, so a column is read once, and the refresh columns, empty on most rows, are read only
     * when the refresh state is there.
     */
    static Raw raw(ResultSet rs, Columns c, long shortlistId) throws SQLException {
        byte[] snapshot = rs.getBytes(c.snapshot());
        String tags = rs.getString(c.tags());
        String refreshState = rs.getString(c.refreshState());
        Long refreshed = null;
        String refreshChanges = null;
        if (refreshState != null) {
            long refreshedAt = rs.getLong(c.refreshedAt());
            if (rs.wasNull()) {
                refreshState = null;
            } else {
                refreshed = refreshedAt;
                refreshChanges = rs.getString(c.refreshChanges());
            }
        }
        return new Raw(shortlistId, snapshot, rs.getLong(c.savedAt()), rs.getString(c.status()),
                rs.getInt(c.rating()), rs.getString(c.notes()), refreshed, refreshState, refreshChanges, tags);
    }

    static Freelancer snapshot(byte[] json) throws SQLException {
        if (json == null) {
            throw new SQLException("missing snapshot");
        }
        // Streamed straight into the record (no tree): exports and list pages read every snapshot.
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return FreelancerJson.fromJson(p);
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("damaged snapshot", e);
        }
    }

    static String snapshotJson(Freelancer f) {
        try {
            return JSON.writeValueAsString(FreelancerJson.toJson(f));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a freelancer snapshot", e);
        }
    }

    static String sortName(Freelancer f) {
        return f.displayName().toLowerCase(Locale.ROOT);
    }

    /** Lower-cased searchable text of the profile: name, title, skills and location. */
    static String profileKey(Freelancer f) {
        StringJoiner j = new StringJoiner("\n");
        for (String s : new String[] {f.name(), f.title(), f.city(), f.state(), f.country()}) {
            if (s != null && !s.isBlank()) {
                j.add(s);
            }
        }
        f.skills().forEach(j::add);
        return j.toString().toLowerCase(Locale.ROOT);
    }

    static String notesKey(String notes) {
        return notes == null ? "" : notes.toLowerCase(Locale.ROOT);
    }

    /** Binds the snapshot-derived columns in the order of {@code ShortlistRepository}'s insert statement. */
    static int bindSnapshot(PreparedStatement ps, int first, Freelancer f) throws SQLException {
        int i = first;
        ps.setString(i++, snapshotJson(f)); // JSON: a NUL in it is written as the escape \u0000
        ps.setString(i++, UntrustedText.withoutNul(sortName(f)));
        if (f.hourlyRate() == null) {
            ps.setNull(i++, java.sql.Types.REAL);
        } else {
            ps.setDouble(i++, f.hourlyRate().doubleValue());
        }
        ps.setString(i++, UntrustedText.withoutNul(f.currency()));
        if (f.jobSuccessScore() == null) {
            ps.setNull(i++, java.sql.Types.INTEGER);
        } else {
            ps.setInt(i++, f.jobSuccessScore());
        }
        ps.setString(i++, UntrustedText.withoutNul(profileKey(f)));
        return i;
    }
}
