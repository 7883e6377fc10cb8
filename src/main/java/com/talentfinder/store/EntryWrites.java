package com.talentfinder.store;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Statements that change shortlist entries, run inside a caller's transaction. Package-private plumbing. */
final class EntryWrites {

    /**
     * Inserts an entry; when the freelancer is already on the list, a removed entry comes back as it was and
     * a live one is left untouched (so its status, notes and snapshot are kept). Updates 0 rows in that case.
     */
    static final String INSERT = """
            INSERT INTO shortlist_entry(shortlist_id, freelancer_id, portrait, saved_at, updated_at, status, rating,
                notes, notes_key, snapshot_json, sort_name, hourly_rate, currency, jss, profile_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(shortlist_id, freelancer_id) DO UPDATE SET removed_at = NULL, updated_at = excluded.updated_at
            WHERE shortlist_entry.removed_at IS NOT NULL""";

    private EntryWrites() {
    }

    /** Binds and runs {@link #INSERT}; returns 1 when the freelancer is now newly on the list, else 0. */
    static int insert(PreparedStatement ps, long shortlistId, Freelancer f, byte[] portrait, long savedAt, long now,
                      EntryStatus status, int rating, String notes) throws SQLException {
        bind(ps, shortlistId, f, portrait, savedAt, now, status, rating, notes);
        return ps.executeUpdate();
    }

    /** Binds the 15 parameters of {@link #INSERT} (or another statement with the same columns, for batches). */
    static void bind(PreparedStatement ps, long shortlistId, Freelancer f, byte[] portrait, long savedAt, long now,
                     EntryStatus status, int rating, String notes) throws SQLException {
        bindAt(ps, 1, shortlistId, f, portrait, savedAt, now, status, rating, notes);
    }

    /** Binds the 15 entry columns from parameter {@code first} (a row of a multi-row insert); returns the next. */
    static int bindAt(PreparedStatement ps, int first, long shortlistId, Freelancer f, byte[] portrait, long savedAt,
                      long now, EntryStatus status, int rating, String notes) throws SQLException {
        int i = first;
        String n = UntrustedText.withoutNul(notes);
        ps.setLong(i++, shortlistId);
        ps.setString(i++, UntrustedText.withoutNul(f.id()));
        ps.setBytes(i++, portrait);
        ps.setLong(i++, savedAt);
        ps.setLong(i++, now);
        ps.setString(i++, status.code());
        ps.setInt(i++, rating);
        ps.setString(i++, n);
        ps.setString(i++, EntryRows.notesKey(n));
        return EntryRows.bindSnapshot(ps, i, f);
    }

    static void touchList(Connection c, long shortlistId, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist SET updated_at = ? WHERE id = ?")) {
            ps.setLong(1, now);
            ps.setLong(2, shortlistId);
            ps.executeUpdate();
        }
    }

    static void requireLiveList(Connection c, long shortlistId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM shortlist WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, shortlistId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ShortlistException.notFound();
                }
            }
        }
    }

    /** The row id of a live entry, or -1. */
    static long liveEntryId(Connection c, long shortlistId, String freelancerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM shortlist_entry
                WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NULL""")) {
            ps.setLong(1, shortlistId);
            ps.setString(2, freelancerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    static List<String> tagsOf(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM entry_tag WHERE entry_id = ? ORDER BY tag")) {
            ps.setLong(1, entryId);
            Set<String> out = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return List.copyOf(out);
        }
    }

    static void replaceTags(Connection c, long entryId, Collection<String> tags) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM entry_tag WHERE entry_id = ?")) {
            del.setLong(1, entryId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO entry_tag(entry_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String tag : ShortlistEntry.normaliseTags(tags)) {
                ins.setLong(1, entryId);
                ins.setString(2, tag);
                ins.executeUpdate();
            }
        }
    }

    /** Sets status, rating and notes of a live entry. */
    static void updateWork(Connection c, long entryId, EntryStatus status, int rating, String notes, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE shortlist_entry SET status = ?, rating = ?, notes = ?, notes_key = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ?""")) {
            ps.setString(1, status.code());
            ps.setInt(2, rating);
            String n = UntrustedText.withoutNul(notes);
            ps.setString(3, n);
            ps.setString(4, EntryRows.notesKey(n));
            ps.setLong(5, now);
            ps.setLong(6, entryId);
            ps.executeUpdate();
        }
    }

    /** Inserts a copy of entry {@code sourceEntryId} (snapshot, portrait, work, tags) on list {@code targetId}. */
    static long copyEntry(Connection c, long sourceEntryId, long targetId, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO shortlist_entry(shortlist_id, freelancer_id, snapshot_json, portrait, saved_at, updated_at,
                    status, rating, notes, sort_name, hourly_rate, currency, jss, profile_key, notes_key,
                    refreshed_at, refresh_state, refresh_changes)
                SELECT ?, freelancer_id, snapshot_json, portrait, ?, ?, status, rating, notes, sort_name, hourly_rate,
                    currency, jss, profile_key, notes_key, refreshed_at, refresh_state, refresh_changes
                FROM shortlist_entry WHERE id = ?""")) {
            ps.setLong(1, targetId);
            ps.setLong(2, now);
            ps.setLong(3, now);
            ps.setLong(4, sourceEntryId);
            ps.executeUpdate();
        }
        long newId;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.id FROM shortlist_entry t JOIN shortlist_entry s ON s.freelancer_id = t.freelancer_id
                WHERE s.id = ? AND t.shortlist_id = ?""")) {
            ps.setLong(1, sourceEntryId);
            ps.setLong(2, targetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                newId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entry_tag(entry_id, tag) SELECT ?, tag FROM entry_tag WHERE entry_id = ?")) {
            ps.setLong(1, newId);
            ps.setLong(2, sourceEntryId);
            ps.executeUpdate();
        }
        return newId;
    }
}
