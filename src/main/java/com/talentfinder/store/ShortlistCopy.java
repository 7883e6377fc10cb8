package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a shortlist from one store into another: "Copy my shortlists to the team database" (issue 16).
 *
 * <p>Merged by list name and freelancer id, so nothing is duplicated and a second copy adds nothing. A
 * freelancer new to the target list arrives with its snapshot, portrait, saved time, status, rating, notes and
 * tags. For one already there the target's work wins, as an import does ({@link ShortlistEntries#merge}):
 * status, rating and notes are filled in only where the target still has the default (New, 0, blank) and tags
 * are united; one removed from the target list stays removed. The source is read once, in its index order.
 *
 * <p>Into PostgreSQL (the team database) the list is streamed with {@code COPY} into temporary tables and merged
 * with one statement per kind of work ({@link StagedCopy}); into SQLite it is written in batches of
 * {@value #PAGE}. {@link #copyAll} copies several lists in one transaction on the target, reporting entries as
 * they are read and stopping, with nothing written, when its {@link Watch} says the copy was cancelled.
 */
public final class ShortlistCopy {

    /** Entries read and written per batch (the SQLite target). */
    static final int PAGE = 500;

    /**
     * What copying one list did.
     *
     * @param name         the list's name
     * @param listCreated  the target had no live list of that name
     * @param added        entries new to the target list
     * @param alreadyThere entries the target list had, with nothing to fill in
     * @param filledIn     entries the target list had, given a status, rating, notes or tags they lacked
     * @param keptRemoved  entries removed from the target list, left removed
     * @param notes        entries whose notes were copied
     * @param ratings      entries whose rating was copied
     * @param statuses     entries whose status (other than New) was copied
     * @param tags         tags copied (one per entry and tag)
     */
    public record Result(String name, boolean listCreated, int added, int alreadyThere, int filledIn, int keptRemoved,
                         int notes, int ratings, int statuses, int tags) {
    }

    /** Who follows a copy: entries as they are read, and whether to stop. Called on the copying thread. */
    public interface Watch {

        /** {@code more} entries of the source were read (and staged) since the last call. */
        void entries(int more);

        /** True when the copy should stop: it then throws {@link Cancelled} and the target is left unchanged. */
        boolean cancelled();

        /** Throws {@link Cancelled} when {@link #cancelled()}. */
        default void check() {
            if (cancelled()) {
                throw new Cancelled();
            }
        }

        /** Nobody follows, nothing cancels. */
        Watch NONE = new Watch() {
            @Override
            public void entries(int more) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** The copy was cancelled: its transaction was rolled back, the target is as it was. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("The copy was cancelled; nothing was copied.");
        }
    }

    private record Existing(long id, EntryStatus status, int rating, String notes, boolean removed) {
    }

    /** Rows per multi-row INSERT: one round trip each (15 parameters a row, far below either database's limit). */
    static final int ROWS_PER_STATEMENT = 100;

    /** A multi-row insert of {@code rows} entries; one already on the list (added meanwhile) is left as it is. */
    private static String insert(int rows) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO shortlist_entry(shortlist_id, freelancer_id, portrait, saved_at, updated_at, status,"
                + " rating, notes, notes_key, snapshot_json, sort_name, hourly_rate, currency, jss, profile_key) VALUES "
                + String.join(", ", Collections.nCopies(rows, row))
                + " ON CONFLICT(shortlist_id, freelancer_id) DO NOTHING";
    }

    private static String insertTags(int rows) {
        return "INSERT INTO entry_tag(entry_id, tag) VALUES " + String.join(", ", Collections.nCopies(rows, "(?, ?)"))
                + " ON CONFLICT DO NOTHING";
    }

    private ShortlistCopy() {
    }

    /** Copies the live list {@code list} of {@code from} into {@code to}, in one transaction on {@code to}. */
    public static Result copy(ShortlistRepository from, Shortlist list, ShortlistRepository to) {
        return copyAll(from, List.of(list), to, Watch.NONE, r -> { }).get(0);
    }

    /**
     * Copies the live lists {@code lists} of {@code from} into {@code to}, all in one transaction on {@code to}:
     * every list is copied, or (a failure, or {@link Cancelled} when {@code watch} says so) none. {@code done}
     * hears each list's result as it is done (before the commit).
     */
    public static List<Result> copyAll(ShortlistRepository from, List<Shortlist> lists, ShortlistRepository to,
                                       Watch watch, java.util.function.Consumer<Result> done) {
        long now = to.clock().millis();
        return to.database().write("copy the shortlist to the team database", c -> {
            StagedCopy staged = to.database().dialect() == Dialect.POSTGRES ? new StagedCopy(c, watch) : null;
            List<Result> out = new ArrayList<>();
            for (Shortlist list : lists) {
                watch.check();
                String name = ShortlistRepository.validName(list.name());
                var found = ShortlistRepository.findLive(c, name);
                long target = found.isPresent() ? found.get().id() : ShortlistMerge.createList(c, name, now);
                int[] n = staged != null ? staged.copy(from, list.id(), target, now)
                        : byRows(c, from, list.id(), target, now, watch);
                EntryWrites.touchList(c, target, now);
                Result r = new Result(name, found.isEmpty(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
                out.add(r);
                done.accept(r);
            }
            watch.check();
            return List.copyOf(out);
        });
    }

    /** The row-by-row copy (a SQLite target): batches of {@value #PAGE}, the merge decided here. */
    private static int[] byRows(Connection c, ShortlistRepository from, long sourceId, long target, long now,
                                Watch watch) throws SQLException {
        Map<String, Existing> existing = existing(c, target);
        Map<Long, Set<String>> existingTags = tags(c, target);
        int[] n = new int[8]; // added, alreadyThere, filledIn, keptRemoved, notes, ratings, statuses, tags
        // One pass over the source in its index order (no sort, no OFFSET), written a batch at a time.
        List<ShortlistEntry> batch = new ArrayList<>(PAGE);
        try {
            from.forEachEntry(sourceId, EntryQuery.all(), e -> {
                batch.add(e);
                if (batch.size() == PAGE) {
                    flush(c, from, sourceId, target, batch, existing, existingTags, now, n);
                    watch.entries(PAGE);
                    watch.check();
                }
            });
        } catch (Failed e) {
            throw e.sql;
        }
        if (!batch.isEmpty()) {
            copyPage(c, from, sourceId, target, batch, existing, existingTags, now, n);
            watch.entries(batch.size());
        }
        return n;
    }

    /** A failure of the target inside the source's read, carried out of it. */
    static final class Failed extends RuntimeException {
        final SQLException sql;

        Failed(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    private static void flush(Connection c, ShortlistRepository from, long sourceId, long target,
                              List<ShortlistEntry> batch, Map<String, Existing> existing,
                              Map<Long, Set<String>> existingTags, long now, int[] n) {
        try {
            copyPage(c, from, sourceId, target, List.copyOf(batch), existing, existingTags, now, n);
        } catch (SQLException e) {
            throw new Failed(e);
        }
        batch.clear();
    }

    private static void copyPage(Connection c, ShortlistRepository from, long sourceId, long target,
                                 List<ShortlistEntry> entries, Map<String, Existing> existing,
                                 Map<Long, Set<String>> existingTags, long now, int[] n) throws SQLException {
        List<ShortlistEntry> fresh = new ArrayList<>();
        List<String> freshIds = new ArrayList<>();
        Map<Long, List<String>> tagsToAdd = new HashMap<>();
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE shortlist_entry SET status = ?, rating = ?, notes = ?, notes_key = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ?""")) {
            boolean updates = false;
            for (ShortlistEntry in : entries) {
                Existing old = existing.get(in.freelancerId());
                if (old == null) {
                    fresh.add(in);
                    freshIds.add(in.freelancerId());
                    continue;
                }
                if (old.removed()) {
                    n[3]++;
                    continue;
                }
                EntryStatus status = old.status() == EntryStatus.NEW ? in.status() : old.status();
                int rating = old.rating() == 0 ? in.rating() : old.rating();
                String notes = old.notes().isBlank() ? in.notes() : old.notes();
                Set<String> have = existingTags.getOrDefault(old.id(), Set.of());
                List<String> missing = ShortlistEntry.normaliseTags(in.tags()).stream()
                        .filter(t -> !have.contains(t)).toList();
                boolean work = status != old.status() || rating != old.rating() || !notes.equals(old.notes());
                if (work) {
                    update.setString(1, status.code());
                    update.setInt(2, rating);
                    update.setString(3, notes);
                    update.setString(4, EntryRows.notesKey(notes));
                    update.setLong(5, now);
                    update.setLong(6, old.id());
                    update.addBatch();
                    updates = true;
                    n[4] += notes.equals(old.notes()) ? 0 : 1;
                    n[5] += rating != old.rating() ? 1 : 0;
                    n[6] += status != old.status() ? 1 : 0;
                }
                if (!missing.isEmpty()) {
                    tagsToAdd.put(old.id(), missing);
                }
                if (work || !missing.isEmpty()) {
                    n[2]++;
                } else {
                    n[1]++;
                }
            }
            if (updates) {
                update.executeBatch();
            }
        }
        if (!fresh.isEmpty()) {
            Map<String, byte[]> portraits = from.reads().portraits(sourceId, freshIds);
            for (int from0 = 0; from0 < fresh.size(); from0 += ROWS_PER_STATEMENT) {
                List<ShortlistEntry> rows = fresh.subList(from0, Math.min(fresh.size(), from0 + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = c.prepareStatement(insert(rows.size()))) {
                    int p = 1;
                    for (ShortlistEntry in : rows) {
                        p = EntryWrites.bindAt(insert, p, target, in.freelancer(), portraits.get(in.freelancerId()),
                                in.savedAt().toEpochMilli(), now, in.status(), in.rating(), in.notes());
                        n[4] += in.notes() == null || in.notes().isBlank() ? 0 : 1;
                        n[5] += in.rating() > 0 ? 1 : 0;
                        n[6] += in.status() != EntryStatus.NEW ? 1 : 0;
                    }
                    insert.executeUpdate();
                }
            }
            Map<String, Existing> added = existing(c, target, freshIds);
            for (ShortlistEntry in : fresh) {
                Existing row = added.get(in.freelancerId());
                if (row == null) {
                    continue;
                }
                existing.put(in.freelancerId(), row);
                n[0]++;
                List<String> tags = ShortlistEntry.normaliseTags(in.tags());
                if (!tags.isEmpty()) {
                    tagsToAdd.put(row.id(), tags);
                }
            }
        }
        if (!tagsToAdd.isEmpty()) {
            List<Map.Entry<Long, String>> pairs = new ArrayList<>();
            tagsToAdd.forEach((entryId, tags) -> tags.forEach(tag -> pairs.add(Map.entry(entryId, tag))));
            for (int from0 = 0; from0 < pairs.size(); from0 += PAGE) {
                List<Map.Entry<Long, String>> rows = pairs.subList(from0, Math.min(pairs.size(), from0 + PAGE));
                try (PreparedStatement ins = c.prepareStatement(insertTags(rows.size()))) {
                    int p = 1;
                    for (Map.Entry<Long, String> e : rows) {
                        ins.setLong(p++, e.getKey());
                        ins.setString(p++, e.getValue());
                        n[7]++;
                        existingTags.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue());
                    }
                    ins.executeUpdate();
                }
            }
        }
    }

    private static Map<String, Existing> existing(Connection c, long shortlistId) throws SQLException {
        return existing(c, shortlistId, null);
    }

    /** The target list's rows (all, or those of {@code only}), by freelancer id. */
    private static Map<String, Existing> existing(Connection c, long shortlistId, List<String> only)
            throws SQLException {
        String sql = "SELECT id, freelancer_id, status, rating, notes, removed_at FROM shortlist_entry"
                + " WHERE shortlist_id = ?" + (only == null ? ""
                        : " AND freelancer_id IN (" + String.join(", ", Collections.nCopies(only.size(), "?")) + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, shortlistId);
            if (only != null) {
                for (int i = 0; i < only.size(); i++) {
                    ps.setString(i + 2, only.get(i));
                }
            }
            Map<String, Existing> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String freelancer = rs.getString(2);
                    EntryStatus status = EntryStatus.parse(rs.getString(3));
                    int rating = rs.getInt(4);
                    String notes = rs.getString(5);
                    rs.getLong(6);
                    out.put(freelancer, new Existing(id, status, rating, notes == null ? "" : notes, !rs.wasNull()));
                }
            }
            return out;
        }
    }

    private static Map<Long, Set<String>> tags(Connection c, long shortlistId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.entry_id, t.tag FROM entry_tag t"
                + " JOIN shortlist_entry e ON e.id = t.entry_id WHERE e.shortlist_id = ?")) {
            ps.setLong(1, shortlistId);
            Map<Long, Set<String>> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
            return out;
        }
    }
}
