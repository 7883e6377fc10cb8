package com.talentfinder.store;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Entry edits for several people on one database (a team's server, or two windows on one file): every write
 * names the version and values the user started from, and only the fields the user changed are written.
 *
 * <p>In one transaction the row is read again. A field someone else changed meanwhile while this user did not
 * is simply kept (a silent merge); a field both changed is a conflict: it is left as stored and the outcome
 * carries both values. The update itself is guarded by the version read ({@code WHERE version = ?}), so two
 * writers that read the same version at once cannot both win; the loser reads again and merges. Every write
 * raises the version and records who, when and which fields. Dialect-independent SQL only.
 */
public final class SharedEntries {

    /** How often a write whose version moved under it reads again before giving up. */
    private static final int ATTEMPTS = 5;

    private static String select(Dialect dialect) {
        return EntryRows.select(dialect).replaceFirst("SELECT ",
                "SELECT e.id AS entry_row, e.version, e.changed_by, e.changed_at, e.changed_fields, ");
    }

    private final Database db;
    private final Clock clock;

    public SharedEntries(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Asks the database for an answer: throws a {@link StoreException} when it cannot be reached. */
    public void ping() {
        db.read("reach the database", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** The live entry with its version: the base of an edit. */
    public Optional<VersionedEntry> load(long shortlistId, String freelancerId) {
        return db.read("read the entry", c -> current(c, shortlistId, freelancerId).map(Row::versioned));
    }

    /**
     * Writes {@code mine} over {@code base} as {@code member}; see the class comment for the merge. Never
     * overwrites a field someone else changed since {@code base}.
     */
    public SaveOutcome save(long shortlistId, VersionedEntry base, EntryChange mine, String member) {
        String who = memberName(member);
        return db.write("save the entry", c -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<Row> found = current(c, shortlistId, base.freelancerId());
                if (found.isEmpty()) {
                    return new SaveOutcome.Gone();
                }
                Row row = found.get();
                ShortlistEntry stored = row.entry;
                Set<EntryField> toWrite = EnumSet.noneOf(EntryField.class);
                List<SaveOutcome.FieldConflict> conflicts = new ArrayList<>();
                for (EntryField f : mine.fields()) {
                    Object wanted = mine.value(f);
                    Object now = f.valueIn(stored);
                    if (Objects.equals(now, wanted)) {
                        continue;
                    }
                    if (Objects.equals(now, f.valueIn(base.entry()))) {
                        toWrite.add(f);
                    } else {
                        conflicts.add(new SaveOutcome.FieldConflict(f, wanted, now, row.stamp.changedBy(),
                                row.stamp.changedAt()));
                    }
                }
                boolean othersWrote = row.stamp.version() != base.stamp().version();
                if (toWrite.isEmpty()) {
                    return conflicts.isEmpty() ? new SaveOutcome.Saved(row.versioned(), othersWrote)
                            : new SaveOutcome.Conflict(row.versioned(), conflicts);
                }
                if (!update(c, row, mine, toWrite, who)) {
                    continue; // another writer raised the version between our read and our write: merge again
                }
                EntryWrites.touchList(c, shortlistId, clock.millis());
                VersionedEntry now = current(c, shortlistId, base.freelancerId()).orElseThrow().versioned();
                return conflicts.isEmpty() ? new SaveOutcome.Saved(now, othersWrote)
                        : new SaveOutcome.Conflict(now, conflicts);
            }
            throw new StoreException(StoreException.Problem.LOCKED, "Could not save the entry: others are changing"
                    + " it right now. Try again in a moment.", null);
        });
    }

    /**
     * A team member's own rating (0 takes it back): kept per member, never a conflict; the entry's rating becomes
     * the rounded average of the members' ratings (so the list sorts and filters by it) and its version rises.
     */
    public SaveOutcome rate(long shortlistId, String freelancerId, String member, int rating) {
        if (rating < 0 || rating > ShortlistEntry.MAX_RATING) {
            throw new IllegalArgumentException("A rating is 0 to 5");
        }
        String who = memberName(member);
        return db.write("save the rating", c -> {
            Optional<Row> found = current(c, shortlistId, freelancerId);
            if (found.isEmpty()) {
                return new SaveOutcome.Gone();
            }
            long entryId = found.get().entryId;
            long now = clock.millis();
            if (rating == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM entry_rating WHERE entry_id = ? AND member = ?")) {
                    ps.setLong(1, entryId);
                    ps.setString(2, who);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO entry_rating(entry_id, member, rating, rated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (entry_id, member) DO UPDATE SET rating = excluded.rating,
                            rated_at = excluded.rated_at""")) {
                    ps.setLong(1, entryId);
                    ps.setString(2, who);
                    ps.setInt(3, rating);
                    ps.setLong(4, now);
                    ps.executeUpdate();
                }
            }
            int average = roundedAverage(c, entryId);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE shortlist_entry SET rating = ?, version = version + 1, changed_by = ?, changed_at = ?,
                        changed_fields = ?, updated_at = ? WHERE id = ?""")) {
                ps.setInt(1, average);
                ps.setString(2, who);
                ps.setLong(3, now);
                ps.setString(4, EntryField.RATING.name());
                ps.setLong(5, now);
                ps.setLong(6, entryId);
                ps.executeUpdate();
            }
            EntryWrites.touchList(c, shortlistId, now);
            return new SaveOutcome.Saved(current(c, shortlistId, freelancerId).orElseThrow().versioned(), false);
        });
    }

    /** Each member's own rating of the given entries of a list, by freelancer id (members by name). */
    public Map<String, List<MemberRating>> ratings(long shortlistId, Collection<String> freelancerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(freelancerIds));
        Map<String, List<MemberRating>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            db.read("read the ratings", c -> {
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT e.freelancer_id, r.member, r.rating, r.rated_at FROM entry_rating r
                        JOIN shortlist_entry e ON e.id = r.entry_id
                        WHERE e.shortlist_id = ? AND e.removed_at IS NULL AND e.freelancer_id IN (""" + marks + ")"
                        + " ORDER BY e.freelancer_id, r.member")) {
                    ps.setLong(1, shortlistId);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new MemberRating(
                                    rs.getString(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4))));
                        }
                    }
                }
                return null;
            });
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static int roundedAverage(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), sum(rating) FROM entry_rating WHERE entry_id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return 0;
                }
                return (int) Math.round(rs.getLong(2) / (double) rs.getInt(1));
            }
        }
    }

    /** Writes the fields in {@code toWrite} if the version is still the one read; false when it moved. */
    private boolean update(Connection c, Row row, EntryChange mine, Set<EntryField> toWrite, String who)
            throws SQLException {
        long now = clock.millis();
        StringBuilder set = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (toWrite.contains(EntryField.STATUS)) {
            set.append("status = ?, ");
            params.add(((EntryStatus) mine.value(EntryField.STATUS)).code());
        }
        if (toWrite.contains(EntryField.RATING)) {
            set.append("rating = ?, ");
            params.add(mine.value(EntryField.RATING));
        }
        if (toWrite.contains(EntryField.NOTES)) {
            String notes = UntrustedText.withoutNul((String) mine.value(EntryField.NOTES));
            set.append("notes = ?, notes_key = ?, ");
            params.add(notes);
            params.add(EntryRows.notesKey(notes));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET " + set
                + "version = version + 1, changed_by = ?, changed_at = ?, changed_fields = ?, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setString(i++, who);
            ps.setLong(i++, now);
            ps.setString(i++, EntryField.codes(toWrite));
            ps.setLong(i++, now);
            ps.setLong(i++, row.entryId);
            ps.setLong(i, row.stamp.version());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        if (toWrite.contains(EntryField.TAGS)) {
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) mine.value(EntryField.TAGS);
            EntryWrites.replaceTags(c, row.entryId, tags);
        }
        return true;
    }

    private record Row(long entryId, ShortlistEntry entry, EntryStamp stamp) {
        VersionedEntry versioned() {
            return new VersionedEntry(entry, stamp);
        }
    }

    private static Optional<Row> current(Connection c, long shortlistId, String freelancerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select(Dialect.of(c))
                + " WHERE e.shortlist_id = ? AND e.freelancer_id = ? AND e.removed_at IS NULL")) {
            ps.setLong(1, shortlistId);
            ps.setString(2, freelancerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long changedAt = rs.getLong("changed_at");
                Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(changedAt);
                EntryStamp stamp = new EntryStamp(rs.getLong("version"), rs.getString("changed_by"), at,
                        EntryField.parse(rs.getString("changed_fields")));
                return Optional.of(new Row(rs.getLong("entry_row"), EntryRows.map(rs), stamp));
            }
        }
    }

    /** A member name as stored: one line, at most 100 characters, never blank. */
    static String memberName(String member) {
        String m = member == null ? "" : member.replaceAll("\\p{Cntrl}", " ").strip();
        if (m.isEmpty()) {
            return "?";
        }
        return m.length() > 100 ? m.substring(0, 100) : m;
    }
}
