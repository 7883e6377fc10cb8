package com.talentfinder.store;

import com.talentfinder.api.PortraitBytes;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Changes to shortlist entries; each call is one transaction. Reached through {@link ShortlistRepository}. */
public final class ShortlistEntries {

    /** The longest notes kept per entry. */
    public static final int MAX_NOTES_LENGTH = 20_000;

    /**
     * What a merge did, and how to take it back.
     *
     * @param keptRemoved entries the user had removed from the list, which the import left removed
     */
    public record MergeResult(long shortlistId, boolean listCreated, int added, int updated, int unchanged,
                              int keptRemoved, Undo undo) {
    }

    /** An entry's work before a merge changed it. */
    public record PriorWork(long entryId, EntryStatus status, int rating, String notes, List<String> tags) {
    }

    /** What {@link #undoMerge} needs: the list, whether the merge created it, what it added and changed. */
    public record Undo(long shortlistId, boolean listCreated, List<String> addedIds, List<PriorWork> prior) {
    }

    /**
     * What merging into the live list {@code name} would do, without doing it.
     *
     * @param listExists  a live list of that name exists
     * @param fresh       entries new to it
     * @param present     entries already on it
     * @param removedLocally entries the user removed from it (they would stay removed)
     * @param notesDiffer names of present entries whose notes differ from the incoming ones
     */
    public record MergePreview(boolean listExists, int fresh, int present, int removedLocally,
                               List<String> notesDiffer) {
    }

    private final Database db;
    private final Clock clock;

    ShortlistEntries(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Saves freelancers on a list in one transaction, each with a snapshot of its profile and, when
     * {@code portraits} has one, its portrait image. A freelancer already on the list keeps its entry as it is
     * (status, notes, snapshot: nothing is refreshed); one removed earlier comes back as it was.
     * {@code portraits} is called before the transaction starts (it may fetch over the network), only for
     * freelancers new to the list.
     *
     * @return how many were not on the list before
     */
    public int add(long shortlistId, List<Freelancer> freelancers, Function<Freelancer, Optional<byte[]>> portraits) {
        Map<String, Freelancer> unique = new LinkedHashMap<>();
        freelancers.forEach(f -> unique.putIfAbsent(f.id(), f));
        Set<String> known = knownIds(shortlistId);
        Map<String, byte[]> images = new HashMap<>();
        for (Freelancer f : unique.values()) {
            if (!known.contains(f.id()) && f.portraitUrl() != null) {
                // Stored downscaled (at most 256 px a side); an image over 4096 x 4096 is not kept at all.
                portraits.apply(f).flatMap(bytes -> PortraitBytes.downscaled(bytes, PortraitBytes.STORED_SIDE))
                        .ifPresent(bytes -> images.put(f.id(), bytes));
            }
        }
        return db.write("save to the shortlist", c -> {
            EntryWrites.requireLiveList(c, shortlistId);
            return addIn(c, shortlistId, List.copyOf(unique.values()), images);
        });
    }

    int addIn(Connection c, long shortlistId, List<Freelancer> freelancers, Map<String, byte[]> images)
            throws SQLException {
        long now = clock.millis();
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(EntryWrites.INSERT)) {
            for (Freelancer f : freelancers) {
                added += EntryWrites.insert(ps, shortlistId, f, images.get(f.id()), now, now, EntryStatus.NEW, 0, "");
            }
        }
        if (added > 0) {
            EntryWrites.touchList(c, shortlistId, now);
        }
        return added;
    }

    private Set<String> knownIds(long shortlistId) {
        return db.read("read the shortlist", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT freelancer_id FROM shortlist_entry WHERE shortlist_id = ?")) {
                ps.setLong(1, shortlistId);
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Removes entries softly ({@link #undoRemove} brings them back); returns how many were removed. */
    public int remove(long shortlistId, Collection<String> freelancerIds) {
        return setRemoved(shortlistId, freelancerIds, true);
    }

    /** Brings removed entries back as they were; returns how many came back. */
    public int undoRemove(long shortlistId, Collection<String> freelancerIds) {
        return setRemoved(shortlistId, freelancerIds, false);
    }

    private int setRemoved(long shortlistId, Collection<String> freelancerIds, boolean removed) {
        String sql = removed
                ? "UPDATE shortlist_entry SET removed_at = ?, updated_at = ?"
                        + " WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NULL"
                : "UPDATE shortlist_entry SET removed_at = NULL, updated_at = ?"
                        + " WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NOT NULL";
        return db.write(removed ? "remove from the shortlist" : "undo the removal", c -> {
            long now = clock.millis();
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (String id : new TreeSet<>(freelancerIds)) {
                    int i = 1;
                    if (removed) {
                        ps.setLong(i++, now);
                    }
                    ps.setLong(i++, now);
                    ps.setLong(i++, shortlistId);
                    ps.setString(i, id);
                    n += ps.executeUpdate();
                }
            }
            EntryWrites.touchList(c, shortlistId, now);
            return n;
        });
    }

    /** Sets the status of several entries at once; returns how many changed. */
    public int setStatus(long shortlistId, Collection<String> freelancerIds, EntryStatus status) {
        return db.write("change the status", c -> {
            long now = clock.millis();
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET status = ?, updated_at = ?"
                    + " WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NULL")) {
                for (String id : new TreeSet<>(freelancerIds)) {
                    ps.setString(1, status.code());
                    ps.setLong(2, now);
                    ps.setLong(3, shortlistId);
                    ps.setString(4, id);
                    n += ps.executeUpdate();
                }
            }
            EntryWrites.touchList(c, shortlistId, now);
            return n;
        });
    }

    /** Sets a rating, 0 (none) to 5. */
    public void setRating(long shortlistId, String freelancerId, int rating) {
        if (rating < 0 || rating > ShortlistEntry.MAX_RATING) {
            throw new IllegalArgumentException("A rating is 0 to 5");
        }
        updateOne(shortlistId, freelancerId, "change the rating", "rating = ?", ps -> ps.setInt(1, rating));
    }

    /** Sets the notes (cut to {@value #MAX_NOTES_LENGTH} characters). */
    public void setNotes(long shortlistId, String freelancerId, String notes) {
        String clean = notes == null ? "" : com.talentfinder.cleaning.UntrustedText.withoutNul(notes);
        String n = clean.length() > MAX_NOTES_LENGTH ? clean.substring(0, MAX_NOTES_LENGTH) : clean;
        updateOne(shortlistId, freelancerId, "save the notes", "notes = ?, notes_key = ?", ps -> {
            ps.setString(1, n);
            ps.setString(2, EntryRows.notesKey(n));
        });
    }

    /** Replaces an entry's tags (normalised as {@link ShortlistEntry#normaliseTags} says). */
    public void setTags(long shortlistId, String freelancerId, Collection<String> tags) {
        db.write("save the tags", c -> {
            long entryId = EntryWrites.liveEntryId(c, shortlistId, freelancerId);
            if (entryId < 0) {
                throw ShortlistException.entryNotFound();
            }
            EntryWrites.replaceTags(c, entryId, tags);
            touchEntry(c, entryId);
            EntryWrites.touchList(c, shortlistId, clock.millis());
            return null;
        });
    }

    /** Records the outcome of re-checking an entry against the API; the saved snapshot is kept. */
    public void recordRefresh(long shortlistId, String freelancerId, RefreshState state, String changesJson) {
        long now = clock.millis();
        updateOne(shortlistId, freelancerId, "save the refresh", "refreshed_at = ?, refresh_state = ?,"
                + " refresh_changes = ?", ps -> {
                    ps.setLong(1, now);
                    ps.setString(2, state.name());
                    ps.setString(3, changesJson);
                });
    }

    /**
     * Merges entries into the live list called {@code name} (created when missing), in one transaction. A
     * freelancer not on the list (or removed from it) is added with the incoming snapshot and work. For one
     * already there, local work wins: the snapshot is kept, status, rating and notes are taken from the
     * incoming entry only where the local one still has its default (New, 0, empty), and tags are united.
     */
    public MergeResult merge(String name, List<ShortlistEntry> incoming) {
        String n = ShortlistRepository.validName(name);
        return db.write("import the shortlist", c -> {
            long now = clock.millis();
            var existing = ShortlistRepository.findLive(c, n);
            long id = existing.isPresent() ? existing.get().id() : ShortlistMerge.createList(c, n, now);
            List<String> added = new java.util.ArrayList<>();
            List<PriorWork> prior = new java.util.ArrayList<>();
            int[] counts = ShortlistMerge.mergeInto(c, id, incoming, now, added, prior);
            EntryWrites.touchList(c, id, now);
            return new MergeResult(id, existing.isEmpty(), counts[0], counts[1], counts[2], counts[3],
                    new Undo(id, existing.isEmpty(), List.copyOf(added), List.copyOf(prior)));
        });
    }

    /** What {@link #merge} would do for {@code name}; changes nothing. */
    public MergePreview previewMerge(String name, List<ShortlistEntry> incoming) {
        String n = ShortlistRepository.validName(name);
        return db.read("read the shortlist", c -> {
            var existing = ShortlistRepository.findLive(c, n);
            if (existing.isEmpty()) {
                return new MergePreview(false, incoming.size(), 0, 0, List.of());
            }
            List<String> differ = new java.util.ArrayList<>();
            int[] counts = ShortlistMerge.preview(c, existing.get().id(), incoming, differ);
            return new MergePreview(true, counts[0], counts[1], counts[2], List.copyOf(differ));
        });
    }

    /** Takes back a merge, in one transaction (a list it created is deleted, as Delete would). */
    public void undoMerge(Undo undo) {
        db.write("undo the import", c -> {
            ShortlistMerge.undo(c, undo, clock.millis());
            return null;
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Updates one live entry: {@code assignments} bind from parameter 1; fails when the entry is gone. */
    private void updateOne(long shortlistId, String freelancerId, String action, String assignments, Binder binder) {
        db.write(action, c -> {
            long now = clock.millis();
            int params = (int) assignments.chars().filter(ch -> ch == '?').count();
            try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET " + assignments
                    + ", updated_at = ? WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NULL")) {
                binder.bind(ps);
                ps.setLong(params + 1, now);
                ps.setLong(params + 2, shortlistId);
                ps.setString(params + 3, freelancerId);
                if (ps.executeUpdate() == 0) {
                    throw ShortlistException.entryNotFound();
                }
            }
            EntryWrites.touchList(c, shortlistId, now);
            return null;
        });
    }

    private void touchEntry(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET updated_at = ? WHERE id = ?")) {
            ps.setLong(1, clock.millis());
            ps.setLong(2, entryId);
            ps.executeUpdate();
        }
    }
}
