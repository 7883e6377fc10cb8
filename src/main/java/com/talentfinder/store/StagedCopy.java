package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy of a list into a team database on PostgreSQL ({@link ShortlistCopy}), set-based: the source list is
 * read once, in its index order, and streamed with {@code COPY ... FROM STDIN} ({@link PgBinaryCopy}) into two
 * temporary tables of the copy's transaction; then one statement per kind of work merges them into the list. The
 * rules are those of the row-by-row copy: the team's work wins (status, rating and notes filled in only where the
 * team's entry has New, 0 or blank notes), tags are united, an entry the team removed stays removed, and an entry
 * new to the list arrives with everything. A handful of round trips per list, whatever its size.
 */
final class StagedCopy {

    /** Source rows between two looks at {@link ShortlistCopy.Watch#cancelled()} and two progress reports. */
    private static final int CHECK_EVERY = 250;

    /**
     * Notes that are "blank" as {@link String#isBlank()} means it (empty, or only characters that
     * {@link Character#isWhitespace(int)} accepts), as a PostgreSQL regular expression.
     */
    static final String BLANK = "^[ \\t\\n\\u000b\\f\\r\\u001c-\\u001f\\u1680\\u2000-\\u2006\\u2008-\\u200a"
            + "\\u2028\\u2029\\u205f\\u3000]*$";

    /** Separates the tags of {@link EntryRows#select}'s aggregated column. */
    private static final String TAG_SEPARATOR = "\u001f";
    private static final String ENTRY_COLUMNS = "seq, freelancer_id, portrait, saved_at, status, rating, notes,"
            + " notes_key, snapshot_json, sort_name, hourly_rate, currency, jss, profile_key";

    private final Connection c;
    private final ShortlistCopy.Watch watch;
    /** Tags as stored, normalised once each (a list repeats a few tags thousands of times). */
    private final Map<String, String> normalised = new HashMap<>();

    StagedCopy(Connection c, ShortlistCopy.Watch watch) throws SQLException {
        this.c = c;
        this.watch = watch;
        try (Statement s = c.createStatement()) {
            // The merge statements are simple joins; compiling them (PostgreSQL's JIT) costs more than it saves.
            s.execute("SET LOCAL jit = off");
            // Room to sort a large list in memory (the insert keeps the source's order) instead of on disk.
            s.execute("SET LOCAL work_mem = '64MB'");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS tf_copy_entry (seq BIGINT NOT NULL, freelancer_id TEXT NOT NULL,"
                    + " portrait BYTEA, saved_at BIGINT NOT NULL, status TEXT NOT NULL, rating INTEGER NOT NULL,"
                    + " notes TEXT NOT NULL, notes_key TEXT NOT NULL, snapshot_json TEXT NOT NULL,"
                    + " sort_name TEXT NOT NULL, hourly_rate DOUBLE PRECISION, currency TEXT, jss INTEGER,"
                    + " profile_key TEXT NOT NULL) ON COMMIT DROP");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS tf_copy_tag (freelancer_id TEXT NOT NULL, tag TEXT NOT NULL)"
                    + " ON COMMIT DROP");
        }
    }

    /** Copies the live entries of {@code sourceId} in {@code from} into the list {@code target}. */
    int[] copy(ShortlistRepository from, long sourceId, long target, long now) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE tf_copy_entry, tf_copy_tag");
        }
        List<String[]> tags = stage(from, sourceId);
        try (PgBinaryCopy copy = PgBinaryCopy.start(c, "tf_copy_tag(freelancer_id, tag)")) {
            for (String[] t : tags) {
                copy.row(2);
                copy.text(t[0]);
                copy.text(t[1]);
            }
            copy.finish();
        }
        try (Statement s = c.createStatement()) {
            // Temporary tables are never analysed on their own: without this the planner guesses their size.
            s.execute("ANALYZE tf_copy_entry (freelancer_id), tf_copy_tag (freelancer_id, tag)");
        }
        watch.check();
        return merge(target, now);
    }

    /** Streams the source list into tf_copy_entry; returns its (freelancer, tag) pairs, copied next. */
    private List<String[]> stage(ShortlistRepository from, long sourceId) throws SQLException {
        List<String[]> tags = new ArrayList<>();
        EntryQuery all = EntryQuery.all();
        EntryRows.Where where = EntryRows.where(from.database().dialect(), sourceId, all);
        String sql = EntryRows.select(from.database().dialect()).replaceFirst("SELECT ", "SELECT e.portrait, ")
                + where.sql() + EntryRows.orderBy(all);
        try (PgBinaryCopy copy = PgBinaryCopy.start(c, "tf_copy_entry(" + ENTRY_COLUMNS + ")")) {
            try {
                from.database().read("read your shortlist", src -> {
                    try (PreparedStatement ps = src.prepareStatement(sql)) {
                        where.bind(ps, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                try {
                                    write(copy, rs, tags);
                                } catch (SQLException target) {
                                    throw new ShortlistCopy.Failed(target);
                                }
                                if (copy.rows() % CHECK_EVERY == 0) {
                                    watch.entries(CHECK_EVERY);
                                    watch.check();
                                }
                            }
                        }
                    }
                    return null;
                });
            } catch (ShortlistCopy.Failed f) {
                throw f.sql;
            }
            watch.entries((int) (copy.rows() % CHECK_EVERY));
            copy.finish();
        }
        return tags;
    }

    /**
     * One source row into the staging copy: the snapshot through the cleaning ({@link EntryRows#snapshot}) and
     * written back in its stored form with the keys derived from it, as {@link EntryWrites#bindAt} writes them.
     */
    private void write(PgBinaryCopy copy, ResultSet rs, List<String[]> tags) throws SQLException {
        Freelancer f = EntryRows.snapshot(rs.getBytes("snapshot_json"));
        String notes = rs.getString("notes");
        notes = notes == null ? "" : notes;
        copy.row(14);
        copy.int8(copy.rows());
        copy.text(f.id());
        copy.bytes(rs.getBytes("portrait"));
        copy.int8(rs.getLong("saved_at"));
        copy.text(EntryStatus.parse(rs.getString("status")).code());
        copy.int4(rs.getInt("rating"));
        copy.text(notes);
        copy.text(EntryRows.notesKey(notes));
        copy.text(EntryRows.snapshotJson(f));
        copy.text(EntryRows.sortName(f));
        copy.float8(f.hourlyRate() == null ? null : f.hourlyRate().doubleValue());
        copy.text(f.currency());
        copy.int4(f.jobSuccessScore());
        copy.text(EntryRows.profileKey(f));
        String stored = rs.getString("tags");
        if (stored != null) {
            for (String t : tags(stored)) {
                tags.add(new String[] {f.id(), t});
            }
        }
    }

    /**
     * The stored tags of an entry as {@link ShortlistEntry#normaliseTags} gives them (each distinct tag normalised
     * once per copy: a list repeats a few tags thousands of times, and normalising is regular expressions).
     */
    private List<String> tags(String stored) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : stored.split(TAG_SEPARATOR)) {
            String n = normalised.computeIfAbsent(raw, ShortlistEntry::normaliseTag);
            if (!n.isEmpty() && out.size() < ShortlistEntry.MAX_TAGS) {
                out.add(n);
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    /** added, alreadyThere, filledIn, keptRemoved, notes, ratings, statuses, tags: as the row-by-row copy counts. */
    private int[] merge(long target, long now) throws SQLException {
        int[] n = new int[8];
        // What the entries already on the list get, counted before anything changes.
        try (PreparedStatement ps = c.prepareStatement("""
                WITH m AS (
                    SELECT e.id, e.removed_at IS NOT NULL AS removed,
                           e.status = 'NEW' AND s.status <> 'NEW' AS st,
                           e.rating = 0 AND s.rating <> 0 AS ra,
                           e.notes ~ ? AND s.notes <> e.notes AS no
                    FROM tf_copy_entry s
                    JOIN shortlist_entry e ON e.shortlist_id = ? AND e.freelancer_id = s.freelancer_id),
                tg AS (
                    SELECT DISTINCT e.id
                    FROM tf_copy_tag t
                    JOIN shortlist_entry e ON e.shortlist_id = ? AND e.freelancer_id = t.freelancer_id
                    LEFT JOIN entry_tag x ON x.entry_id = e.id AND x.tag = t.tag
                    WHERE x.entry_id IS NULL)
                SELECT count(*) FILTER (WHERE removed),
                       count(*) FILTER (WHERE NOT removed AND (st OR ra OR no OR tg.id IS NOT NULL)),
                       count(*) FILTER (WHERE NOT removed AND NOT (st OR ra OR no OR tg.id IS NOT NULL)),
                       count(*) FILTER (WHERE NOT removed AND no),
                       count(*) FILTER (WHERE NOT removed AND ra),
                       count(*) FILTER (WHERE NOT removed AND st)
                FROM m LEFT JOIN tg ON tg.id = m.id""")) {
            ps.setString(1, BLANK);
            ps.setLong(2, target);
            ps.setLong(3, target);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                n[3] = rs.getInt(1);
                n[2] = rs.getInt(2);
                n[1] = rs.getInt(3);
                n[4] = rs.getInt(4);
                n[5] = rs.getInt(5);
                n[6] = rs.getInt(6);
            }
        }
        if (n[2] > 0) {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE shortlist_entry e SET
                        status = CASE WHEN e.status = 'NEW' THEN s.status ELSE e.status END,
                        rating = CASE WHEN e.rating = 0 THEN s.rating ELSE e.rating END,
                        notes = CASE WHEN e.notes ~ ? THEN s.notes ELSE e.notes END,
                        notes_key = CASE WHEN e.notes ~ ? THEN s.notes_key ELSE e.notes_key END,
                        updated_at = ?, version = e.version + 1
                    FROM tf_copy_entry s
                    WHERE e.shortlist_id = ? AND e.freelancer_id = s.freelancer_id AND e.removed_at IS NULL
                      AND ((e.status = 'NEW' AND s.status <> 'NEW') OR (e.rating = 0 AND s.rating <> 0)
                           OR (e.notes ~ ? AND s.notes <> e.notes))""")) {
                ps.setString(1, BLANK);
                ps.setString(2, BLANK);
                ps.setLong(3, now);
                ps.setLong(4, target);
                ps.setString(5, BLANK);
                ps.executeUpdate();
            }
        }
        // Entries new to the list, in the source's order; one added meanwhile (or removed) is left as it is.
        try (PreparedStatement ps = c.prepareStatement("""
                WITH ins AS (
                    INSERT INTO shortlist_entry(shortlist_id, freelancer_id, portrait, saved_at, updated_at, status,
                        rating, notes, notes_key, snapshot_json, sort_name, hourly_rate, currency, jss, profile_key)
                    SELECT ?, s.freelancer_id, s.portrait, s.saved_at, ?, s.status, s.rating, s.notes, s.notes_key,
                           s.snapshot_json, s.sort_name, s.hourly_rate, s.currency, s.jss, s.profile_key
                    FROM tf_copy_entry s
                    WHERE NOT EXISTS (SELECT 1 FROM shortlist_entry e
                                      WHERE e.shortlist_id = ? AND e.freelancer_id = s.freelancer_id)
                    ORDER BY s.seq
                    ON CONFLICT (shortlist_id, freelancer_id) DO NOTHING
                    RETURNING status, rating, notes)
                SELECT count(*), count(*) FILTER (WHERE notes !~ ?), count(*) FILTER (WHERE rating > 0),
                       count(*) FILTER (WHERE status <> 'NEW')
                FROM ins""")) {
            ps.setLong(1, target);
            ps.setLong(2, now);
            ps.setLong(3, target);
            ps.setString(4, BLANK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                n[0] = rs.getInt(1);
                n[4] += rs.getInt(2);
                n[5] += rs.getInt(3);
                n[6] += rs.getInt(4);
            }
        }
        // Tags: united on every live entry of the list the source has (new ones and those already there).
        try (PreparedStatement ps = c.prepareStatement("""
                WITH ins AS (
                    INSERT INTO entry_tag(entry_id, tag)
                    SELECT e.id, t.tag FROM tf_copy_tag t
                    JOIN shortlist_entry e ON e.shortlist_id = ? AND e.freelancer_id = t.freelancer_id
                                          AND e.removed_at IS NULL
                    ON CONFLICT DO NOTHING
                    RETURNING 1)
                SELECT count(*) FROM ins""")) {
            ps.setLong(1, target);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                n[7] = rs.getInt(1);
            }
        }
        return n;
    }
}
