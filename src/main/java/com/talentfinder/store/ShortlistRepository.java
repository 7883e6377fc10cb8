package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Named shortlists and their entries, for the shortlist screens, the command line and import/export.
 *
 * <p>Built for a ViewModel: entries are read a page at a time ({@link #entries} with {@link #count}), so a list
 * of 50,000 opens at once; deletes are soft so every delete has an undo ({@link #undoDelete},
 * {@link #undoRemove}) until {@link #purgeDeleted} clears old ones. Every change runs in one transaction.
 * Calls block on disk I/O: run them off the UI thread. Entry changes go through {@link ShortlistEntries}.
 */
public final class ShortlistRepository {

    /** The longest list name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    private final Database db;
    private final Clock clock;
    private final ShortlistEntries entries;
    private final EntryReads reads;

    public ShortlistRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.entries = new ShortlistEntries(db, clock);
        this.reads = new EntryReads(db);
    }

    Database database() {
        return db;
    }

    Clock clock() {
        return clock;
    }

    EntryReads reads() {
        return reads;
    }

    /** Changes to the entries of a list: add, remove, status, rating, notes, tags. */
    public ShortlistEntries entryEditor() {
        return entries;
    }

    /** Changes to many entries at once, each one transaction with one undo (the shortlist screen's bulk work). */
    public BulkEdits bulkEdits() {
        return new BulkEdits(db, clock);
    }

    /** As {@link #bulkEdits()}, recording {@code member} ("Your name") as who changed each entry. */
    public BulkEdits bulkEdits(java.util.function.Supplier<String> member) {
        return new BulkEdits(db, clock, member);
    }

    /** Versioned edits for several people on one database (issue 16), on this repository's database. */
    public SharedEntries shared() {
        return new SharedEntries(db, clock);
    }

    // ---- lists ----

    /** Creates a list; a {@link ShortlistException} when the name is blank, too long or already used. */
    public Shortlist create(String name) {
        String n = validName(name);
        return db.write("create the shortlist", c -> {
            requireFreeName(c, n, -1);
            ShortlistMerge.createList(c, n, clock.millis());
            return findLive(c, n).orElseThrow();
        });
    }

    public void rename(long id, String newName) {
        String n = validName(newName);
        db.write("rename the shortlist", c -> {
            EntryWrites.requireLiveList(c, id);
            requireFreeName(c, n, id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist SET name = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, n);
                ps.setLong(2, clock.millis());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes a list softly: it disappears from {@link #list()} but {@link #undoDelete} brings it back. */
    public void delete(long id) {
        setDeleted(id, true, "delete the shortlist");
    }

    /** Brings a deleted list back with all its entries; refused when its name has been used again since. */
    public void undoDelete(long id) {
        setDeleted(id, false, "restore the shortlist");
    }

    private void setDeleted(long id, boolean deleted, String action) {
        db.write(action, c -> {
            if (!deleted) {
                String name = nameOf(c, id);
                requireFreeName(c, name, id);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE shortlist SET deleted_at = ?, updated_at = ? WHERE id = ?")) {
                long now = clock.millis();
                if (deleted) {
                    ps.setLong(1, now);
                } else {
                    ps.setNull(1, java.sql.Types.INTEGER);
                }
                ps.setLong(2, now);
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw ShortlistException.notFound();
                }
            }
            return null;
        });
    }

    /**
     * Removes for good the lists deleted and the entries removed more than {@code age} ago (no undo after that).
     *
     * @return how many lists and entries were removed for good
     */
    public int purgeDeleted(Duration age) {
        long cutoff = clock.millis() - age.toMillis();
        return db.write("clear old deleted shortlists", c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM shortlist_entry WHERE removed_at IS NOT NULL AND removed_at < ?")) {
                ps.setLong(1, cutoff);
                n += ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM shortlist WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                ps.setLong(1, cutoff);
                n += ps.executeUpdate();
            }
            return n;
        });
    }

    /** Every live list with its entry count, by name. */
    public List<Shortlist> list() {
        return db.read("read the shortlists", c -> query(c, " WHERE s.deleted_at IS NULL ORDER BY "
                + db.dialect().nameOrder("s.name"), ps -> { }));
    }

    public Optional<Shortlist> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.read("find the shortlist", c -> findLive(c, name.strip()));
    }

    public Optional<Shortlist> find(long id) {
        return db.read("find the shortlist", c -> query(c, " WHERE s.id = ? AND s.deleted_at IS NULL",
                ps -> ps.setLong(1, id)).stream().findFirst());
    }

    /** The live lists this freelancer is on, by name (so the app can show "On: Backend, Q3 hires"). */
    public List<Shortlist> listsContaining(String freelancerId) {
        return db.read("read the shortlists", c -> query(c, """
                 WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM shortlist_entry x
                   WHERE x.shortlist_id = s.id AND x.freelancer_id = ? AND x.removed_at IS NULL)
                 ORDER BY""" + " " + db.dialect().nameOrder("s.name"), ps -> ps.setString(1, freelancerId)));
    }

    /** Which of {@code freelancerIds} are on at least one live list (to mark rows of a results page). */
    public Set<String> shortlistedAmong(Collection<String> freelancerIds) {
        return MembershipReads.shortlistedAmong(db, freelancerIds);
    }

    /**
     * The live lists each of {@code freelancerIds} is on, with the status there, by list name; freelancers on no
     * list are absent from the map (to mark search results "already on a list").
     */
    public Map<String, List<ListMembership>> membershipsOf(Collection<String> freelancerIds) {
        return MembershipReads.membershipsOf(db, freelancerIds);
    }

    // ---- entries: reads (queries in EntryReads) ----

    /** One page of a list's entries, sorted and filtered as {@code query} says. */
    public List<ShortlistEntry> entries(long shortlistId, EntryQuery query) {
        return reads.page(shortlistId, query);
    }

    /** How many entries match {@code query}'s filters (its sort and window are ignored). */
    public int count(long shortlistId, EntryQuery query) {
        return reads.count(shortlistId, query);
    }

    /**
     * Streams every entry matching {@code query}'s filters, in its order, ignoring its window: for exports,
     * one entry in memory at a time. {@code sink} runs while the database is being read: keep it quick.
     */
    public int forEachEntry(long shortlistId, EntryQuery query, Consumer<ShortlistEntry> sink) {
        return reads.forEach(shortlistId, query, sink);
    }

    /** The live entry for one freelancer on one list. */
    public Optional<ShortlistEntry> entry(long shortlistId, String freelancerId) {
        return reads.one(shortlistId, freelancerId);
    }

    /** The portrait saved with an entry, when one was. */
    public Optional<byte[]> portrait(long shortlistId, String freelancerId) {
        return reads.portrait(shortlistId, freelancerId);
    }

    /** Every tag used on a list's live entries, sorted (for a tag filter). */
    public List<String> tags(long shortlistId) {
        return reads.tags(shortlistId);
    }

    // ---- conveniences over ShortlistEntries ----

    /** See {@link ShortlistEntries#add(long, List, Function)}. */
    public int add(long shortlistId, List<Freelancer> freelancers, Function<Freelancer, Optional<byte[]>> portraits) {
        return entries.add(shortlistId, freelancers, portraits);
    }

    public int add(long shortlistId, List<Freelancer> freelancers) {
        return entries.add(shortlistId, freelancers, f -> Optional.empty());
    }

    public int remove(long shortlistId, Collection<String> freelancerIds) {
        return entries.remove(shortlistId, freelancerIds);
    }

    public int undoRemove(long shortlistId, Collection<String> freelancerIds) {
        return entries.undoRemove(shortlistId, freelancerIds);
    }

    public int setStatus(long shortlistId, Collection<String> freelancerIds, EntryStatus status) {
        return entries.setStatus(shortlistId, freelancerIds, status);
    }

    public void setRating(long shortlistId, String freelancerId, int rating) {
        entries.setRating(shortlistId, freelancerId, rating);
    }

    public void setNotes(long shortlistId, String freelancerId, String notes) {
        entries.setNotes(shortlistId, freelancerId, notes);
    }

    public void setTags(long shortlistId, String freelancerId, Collection<String> tags) {
        entries.setTags(shortlistId, freelancerId, tags);
    }

    public void recordRefresh(long shortlistId, String freelancerId, RefreshState state, String changesJson) {
        entries.recordRefresh(shortlistId, freelancerId, state, changesJson);
    }

    /**
     * Adds freelancers to the list called {@code name}, creating it when missing, all in one transaction: what
     * {@code search … --shortlist NAME} calls. No portraits are saved.
     *
     * @return how many were not on the list before
     */
    public int addToListCreatingIfMissing(String name, List<Freelancer> freelancers) {
        String n = validName(name);
        return db.write("save to the shortlist", c -> {
            var existing = findLive(c, n);
            long id = existing.isPresent() ? existing.get().id() : ShortlistMerge.createList(c, n, clock.millis());
            return entries.addIn(c, id, freelancers, Map.of());
        });
    }

    // ---- helpers ----

    /** Checks and trims a list name; a {@link ShortlistException} explains what is wrong. */
    public static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new ShortlistException(ShortlistException.Reason.INVALID_NAME,
                    "A shortlist needs a name. Type one, then try again.");
        }
        if (n.length() > MAX_NAME_LENGTH || n.chars().anyMatch(Character::isISOControl)) {
            throw new ShortlistException(ShortlistException.Reason.INVALID_NAME, n, "A shortlist name must be one line"
                    + " of at most " + MAX_NAME_LENGTH + " characters. Choose a shorter name.");
        }
        return n;
    }

    static Optional<Shortlist> findLive(Connection c, String name) throws SQLException {
        return query(c, " WHERE " + Dialect.of(c).nameEquals("s.name") + " AND s.deleted_at IS NULL",
                ps -> ps.setString(1, name)).stream().findFirst();
    }

    private static void requireFreeName(Connection c, String name, long exceptId) throws SQLException {
        Optional<Shortlist> existing = findLive(c, name);
        if (existing.isPresent() && existing.get().id() != exceptId) {
            throw ShortlistException.nameTaken(existing.get().name());
        }
    }

    private static String nameOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM shortlist WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ShortlistException.notFound();
                }
                return rs.getString(1);
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<Shortlist> query(Connection c, String whereAndOrder, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.id, s.name, s.created_at, s.updated_at,
                    (SELECT count(*) FROM shortlist_entry e WHERE e.shortlist_id = s.id AND e.removed_at IS NULL)
                FROM shortlist s""" + " " + whereAndOrder)) {
            binder.bind(ps);
            Map<Long, Shortlist> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Shortlist(rs.getLong(1), rs.getString(2), rs.getInt(5),
                            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return List.copyOf(out.values());
        }
    }
}
