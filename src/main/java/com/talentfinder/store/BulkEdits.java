package com.talentfinder.store;

import com.talentfinder.domain.EntryMerge;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Changes to many entries of a list at once: status, rating, a tag added or removed, copy or move to another list,
 * remove, and merging duplicates. Each call is ONE write transaction (all the entries change, or none), and
 * records in that same transaction the exact earlier values of every row it touches, so {@link #undo} (one
 * transaction too) puts them back. Calls block on disk I/O: run them off the UI thread.
 */
public final class BulkEdits {

    /** A removal (or its return) changes none of the edited fields. */
    private static final Set<EntryField> NO_FIELD = Set.of();

    /** How often (in entries) progress is reported. */
    static final int PROGRESS_EVERY = 50;

    /** Told how far a bulk change has got, from inside its transaction. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** The one way this class reaches the database (tests count the write transactions through it). */
    interface Transactions {
        <T> T write(String action, Database.Work<T> work);

        static Transactions of(Database db) {
            return new Transactions() {
                @Override
                public <T> T write(String action, Database.Work<T> work) {
                    return db.write(action, work);
                }
            };
        }
    }

    /** What {@link #undo} needs: rows' earlier values, rows created, lists touched. Opaque to callers. */
    public record Undo(List<BulkUndo.Prior> prior, List<Long> created, Set<Long> lists) {
        public Undo {
            prior = List.copyOf(prior);
            created = List.copyOf(created);
            lists = Set.copyOf(lists);
        }
    }

    /**
     * What a bulk change did.
     *
     * @param changed entries changed (for a copy or move: now on the target list)
     * @param merged  for a copy or move: entries already on the target, whose work was merged into it
     * @param skipped chosen entries left as they were (already so, or no longer on the list)
     */
    public record Result(int changed, int merged, int skipped, Undo undo) {
    }

    private final Transactions tx;
    private final Clock clock;
    private final Supplier<String> member;

    /** Bulk changes recorded as made by the operating system's user (a personal list). */
    public BulkEdits(Database db, Clock clock) {
        this(db, clock, () -> System.getProperty("user.name", ""));
    }

    /**
     * Bulk changes recorded as made by {@code member} ("Your name"): like a single edit, every entry changed
     * gets its version raised and who, when and which fields ({@code changed_by}, {@code changed_at},
     * {@code changed_fields}), so others see "Status changed by Dana" and their edits meet these as conflicts.
     */
    public BulkEdits(Database db, Clock clock, Supplier<String> member) {
        this(Transactions.of(db), clock, member);
    }

    BulkEdits(Transactions tx, Clock clock, Supplier<String> member) {
        this.tx = tx;
        this.clock = clock;
        this.member = member;
    }

    BulkEdits(Transactions tx, Clock clock) {
        this(tx, clock, () -> System.getProperty("user.name", ""));
    }

    // ---- the changes ----

    public Result setStatus(long listId, Collection<String> ids, EntryStatus status, Progress progress) {
        return each("change the status", listId, ids, progress, (c, row, u) -> {
            if (row.status() == status) {
                return false;
            }
            u.remember(c, row);
            update(c, "status = ?", EnumSet.of(EntryField.STATUS), row.entryId(), ps -> ps.setString(1, status.code()));
            return true;
        });
    }

    public Result setRating(long listId, Collection<String> ids, int rating, Progress progress) {
        if (rating < 0 || rating > ShortlistEntry.MAX_RATING) {
            throw new IllegalArgumentException("A rating is 0 to 5");
        }
        return each("change the rating", listId, ids, progress, (c, row, u) -> {
            if (row.rating() == rating) {
                return false;
            }
            u.remember(c, row);
            update(c, "rating = ?", EnumSet.of(EntryField.RATING), row.entryId(), ps -> ps.setInt(1, rating));
            return true;
        });
    }

    public Result addTag(long listId, Collection<String> ids, String tag, Progress progress) {
        String t = requireTag(tag);
        return each("add the tag", listId, ids, progress, (c, row, u) -> {
            List<String> tags = EntryWrites.tagsOf(c, row.entryId());
            if (tags.contains(t) || tags.size() >= ShortlistEntry.MAX_TAGS) {
                return false;
            }
            u.remember(c, row);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entry_tag(entry_id, tag) VALUES (?, ?)")) {
                ps.setLong(1, row.entryId());
                ps.setString(2, t);
                ps.executeUpdate();
            }
            update(c, null, EnumSet.of(EntryField.TAGS), row.entryId(), ps -> { });
            return true;
        });
    }

    public Result removeTag(long listId, Collection<String> ids, String tag, Progress progress) {
        String t = requireTag(tag);
        return each("remove the tag", listId, ids, progress, (c, row, u) -> {
            if (!EntryWrites.tagsOf(c, row.entryId()).contains(t)) {
                return false;
            }
            u.remember(c, row);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entry_tag WHERE entry_id = ? AND tag = ?")) {
                ps.setLong(1, row.entryId());
                ps.setString(2, t);
                ps.executeUpdate();
            }
            update(c, null, EnumSet.of(EntryField.TAGS), row.entryId(), ps -> { });
            return true;
        });
    }

    /** Removes entries softly (as Remove does); {@link #undo} brings them back as they were. */
    public Result remove(long listId, Collection<String> ids, Progress progress) {
        return each("remove from the shortlist", listId, ids, progress, (c, row, u) -> {
            u.remember(c, row);
            update(c, "removed_at = ?", NO_FIELD, row.entryId(), ps -> ps.setLong(1, clock.millis()));
            return true;
        });
    }

    /**
     * Copies entries, with their status, rating, notes and tags, to the list {@code targetId}. One already on it
     * keeps its entry, with the copied work merged in as {@link EntryMerge} says (counted in
     * {@link Result#merged}); one removed from it earlier comes back with the copied work.
     */
    public Result copyTo(long listId, Collection<String> ids, long targetId, Progress progress) {
        return transfer("copy to the shortlist", listId, ids, targetId, false, progress);
    }

    /** As {@link #copyTo}, then removes the entries from this list (softly): one transaction. */
    public Result moveTo(long listId, Collection<String> ids, long targetId, Progress progress) {
        return transfer("move to the shortlist", listId, ids, targetId, true, progress);
    }

    /**
     * Merges entries for the same freelancer (duplicates under different ids) into the first of {@code ids}:
     * its work becomes {@link EntryMerge#merge} of all of them (every note, the better status, the higher
     * rating, every tag) and the others are removed from the list (softly). One transaction.
     */
    public Result mergeDuplicates(long listId, List<String> ids) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.size() < 2) {
            throw new IllegalArgumentException("Merging needs two entries or more");
        }
        return tx.write("merge the duplicates", c -> {
            EntryWrites.requireLiveList(c, listId);
            BulkUndo.Recorder u = new BulkUndo.Recorder(listId);
            List<Row> rows = new ArrayList<>();
            for (String id : unique) {
                Row row = liveRow(c, listId, id);
                if (row == null) {
                    throw ShortlistException.entryNotFound();
                }
                rows.add(row);
            }
            List<EntryMerge.Work> works = new ArrayList<>();
            for (Row r : rows) {
                works.add(new EntryMerge.Work(r.status(), r.rating(), r.notes(), EntryWrites.tagsOf(c, r.entryId())));
            }
            Row keeper = rows.get(0);
            for (Row r : rows) {
                u.remember(c, r);
            }
            writeWork(c, keeper.entryId(), EntryMerge.merge(works));
            long now = clock.millis();
            for (Row r : rows.subList(1, rows.size())) {
                update(c, "removed_at = ?", NO_FIELD, r.entryId(), ps -> ps.setLong(1, now));
            }
            EntryWrites.touchList(c, listId, now);
            return new Result(1, rows.size() - 1, 0, u.undo());
        });
    }

    /** Takes back a bulk change in one transaction: every row it touched gets its exact earlier values. */
    public void undo(Undo undo) {
        tx.write("undo the change", c -> {
            BulkUndo.restore(c, undo, SharedEntries.memberName(member.get()), clock.millis());
            return null;
        });
    }

    // ---- plumbing ----

    /** One entry row's work (live or removed). */
    record Row(long entryId, String freelancerId, EntryStatus status, int rating, String notes,
                       Long removedAt, long updatedAt) {
    }

    private interface Change {
        /** Changes one live row; true when it changed. */
        boolean apply(Connection c, Row row, BulkUndo.Recorder undo) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Result each(String action, long listId, Collection<String> ids, Progress progress, Change change) {
        List<String> sorted = List.copyOf(new TreeSet<>(ids));
        return tx.write(action, c -> {
            EntryWrites.requireLiveList(c, listId);
            BulkUndo.Recorder u = new BulkUndo.Recorder(listId);
            int changed = 0;
            int done = 0;
            for (String id : sorted) {
                Row row = liveRow(c, listId, id);
                if (row != null && change.apply(c, row, u)) {
                    changed++;
                }
                report(progress, ++done, sorted.size());
            }
            if (changed > 0) {
                EntryWrites.touchList(c, listId, clock.millis());
            }
            return new Result(changed, 0, sorted.size() - changed, u.undo());
        });
    }

    private Result transfer(String action, long listId, Collection<String> ids, long targetId, boolean move,
                            Progress progress) {
        if (targetId == listId) {
            throw new IllegalArgumentException("The target is the list itself");
        }
        List<String> sorted = List.copyOf(new TreeSet<>(ids));
        return tx.write(action, c -> {
            EntryWrites.requireLiveList(c, listId);
            EntryWrites.requireLiveList(c, targetId);
            BulkUndo.Recorder u = new BulkUndo.Recorder(listId);
            u.touches(targetId);
            long now = clock.millis();
            int changed = 0;
            int merged = 0;
            int done = 0;
            for (String id : sorted) {
                Row src = liveRow(c, listId, id);
                if (src != null) {
                    List<String> srcTags = EntryWrites.tagsOf(c, src.entryId());
                    EntryMerge.Work work = new EntryMerge.Work(src.status(), src.rating(), src.notes(), srcTags);
                    Row there = anyRow(c, targetId, id);
                    if (there == null) {
                        u.created(EntryWrites.copyEntry(c, src.entryId(), targetId, now));
                        changed++;
                    } else if (there.removedAt() != null) {
                        u.rememberOn(c, targetId, there);
                        writeWork(c, there.entryId(), work);
                        update(c, "removed_at = ?", NO_FIELD, there.entryId(), ps -> ps.setNull(1, Types.BIGINT));
                        changed++;
                    } else {
                        u.rememberOn(c, targetId, there);
                        EntryMerge.Work theirs = new EntryMerge.Work(there.status(), there.rating(), there.notes(),
                                EntryWrites.tagsOf(c, there.entryId()));
                        writeWork(c, there.entryId(), EntryMerge.merge(List.of(theirs, work)));
                        merged++;
                    }
                    if (move) {
                        u.remember(c, src);
                        update(c, "removed_at = ?", NO_FIELD, src.entryId(), ps -> ps.setLong(1, now));
                    }
                }
                report(progress, ++done, sorted.size());
            }
            EntryWrites.touchList(c, listId, now);
            EntryWrites.touchList(c, targetId, now);
            return new Result(changed, merged, sorted.size() - changed - merged, u.undo());
        });
    }

    private void writeWork(Connection c, long entryId, EntryMerge.Work work) throws SQLException {
        EntryWrites.updateWork(c, entryId, work.status(), work.rating(), work.notes(), clock.millis());
        EntryWrites.replaceTags(c, entryId, work.tags());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE shortlist_entry SET changed_by = ?, changed_at = ?, changed_fields = ? WHERE id = ?")) {
            ps.setString(1, SharedEntries.memberName(member.get()));
            ps.setLong(2, clock.millis());
            ps.setString(3, EntryField.codes(EnumSet.allOf(EntryField.class)));
            ps.setLong(4, entryId);
            ps.executeUpdate();
        }
    }

    /**
     * {@code UPDATE … SET <assignments>, updated_at = now WHERE id = ?}; {@code assignments} may be null. The version
     * goes up and the row records who changed which {@code fields} when, so a colleague's edit begun before this
     * one is merged or asked about ("Status changed by Dana"), never written over it.
     */
    private void update(Connection c, String assignments, Set<EntryField> fields, long entryId, Binder binder)
            throws SQLException {
        int params = assignments == null ? 0 : (int) assignments.chars().filter(ch -> ch == '?').count();
        String set = assignments == null ? "" : assignments + ", ";
        try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET " + set
                + "updated_at = ?, version = version + 1, changed_by = ?, changed_at = ?, changed_fields = ?"
                + " WHERE id = ?")) {
            binder.bind(ps);
            long now = clock.millis();
            ps.setLong(params + 1, now);
            ps.setString(params + 2, SharedEntries.memberName(member.get()));
            ps.setLong(params + 3, now);
            ps.setString(params + 4, EntryField.codes(fields));
            ps.setLong(params + 5, entryId);
            ps.executeUpdate();
        }
    }

    private static Row liveRow(Connection c, long listId, String freelancerId) throws SQLException {
        Row r = anyRow(c, listId, freelancerId);
        return r == null || r.removedAt() != null ? null : r;
    }

    private static Row anyRow(Connection c, long listId, String freelancerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, status, rating, notes, removed_at, updated_at FROM shortlist_entry
                WHERE shortlist_id = ? AND freelancer_id = ?""")) {
            ps.setLong(1, listId);
            ps.setString(2, freelancerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long removed = rs.getLong(5);
                Long removedAt = rs.wasNull() ? null : removed;
                String notes = com.talentfinder.cleaning.UntrustedText.withoutNul(rs.getString(4));
                return new Row(rs.getLong(1), freelancerId, EntryStatus.parse(rs.getString(2)), rs.getInt(3),
                        notes == null ? "" : notes, removedAt, rs.getLong(6));
            }
        }
    }

    private static String requireTag(String tag) {
        String t = ShortlistEntry.normaliseTag(tag);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A tag needs at least one letter or digit");
        }
        return t;
    }

    private static void report(Progress progress, int done, int total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.done(done, total);
        }
    }
}
