package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating lists and merging incoming entries into one, inside a caller's transaction. */
final class ShortlistMerge {

    private ShortlistMerge() {
    }

    /** Inserts a live list (the caller has checked the name is free) and returns its id. */
    static long createList(Connection c, String name, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO shortlist(uid, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, name);
            ps.setLong(3, now);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
        return ShortlistRepository.findLive(c, name).orElseThrow().id();
    }

    private record Existing(long entryId, EntryStatus status, int rating, String notes, boolean removed) {
    }

    /**
     * Merges {@code incoming} into the list, recording in {@code undo} what it changed. A freelancer the user
     * removed from the list stays removed (counted in {@code keptRemoved}): an import never brings one back
     * silently.
     *
     * @return {added, updated, unchanged, keptRemoved}
     */
    static int[] mergeInto(Connection c, long shortlistId, List<ShortlistEntry> incoming, long now,
                           List<String> addedIds, List<ShortlistEntries.PriorWork> prior) throws SQLException {
        int[] counts = new int[4];
        try (PreparedStatement insert = c.prepareStatement(EntryWrites.INSERT)) {
            for (ShortlistEntry in : incoming) {
                Existing old = existing(c, shortlistId, in.freelancerId());
                if (old == null) {
                    EntryWrites.insert(insert, shortlistId, in.freelancer(), null, in.savedAt().toEpochMilli(), now,
                            in.status(), in.rating(), in.notes());
                    EntryWrites.replaceTags(c, EntryWrites.liveEntryId(c, shortlistId, in.freelancerId()), in.tags());
                    addedIds.add(in.freelancerId());
                    counts[0]++;
                } else if (old.removed()) {
                    counts[3]++;
                } else {
                    ShortlistEntries.PriorWork before = new ShortlistEntries.PriorWork(old.entryId(), old.status(),
                            old.rating(), old.notes(), EntryWrites.tagsOf(c, old.entryId()));
                    if (mergeLive(c, old, in, now)) {
                        prior.add(before);
                        counts[1]++;
                    } else {
                        counts[2]++;
                    }
                }
            }
        }
        return counts;
    }

    /** {fresh, present, removedLocally} and the names of present entries whose notes differ. */
    static int[] preview(Connection c, long shortlistId, List<ShortlistEntry> incoming, List<String> notesDiffer)
            throws SQLException {
        int[] counts = new int[3];
        for (ShortlistEntry in : incoming) {
            Existing old = existing(c, shortlistId, in.freelancerId());
            if (old == null) {
                counts[0]++;
            } else if (old.removed()) {
                counts[2]++;
            } else {
                counts[1]++;
                String theirs = in.notes() == null ? "" : in.notes().strip();
                if (!theirs.isEmpty() && !old.notes().isBlank() && !theirs.equals(old.notes().strip())) {
                    notesDiffer.add(in.freelancer().displayName());
                }
            }
        }
        return counts;
    }

    /** Takes back a merge: added entries are removed again, updated ones get their earlier work back. */
    static void undo(Connection c, ShortlistEntries.Undo undo, long now) throws SQLException {
        if (undo.listCreated()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE shortlist SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                ps.setLong(1, now);
                ps.setLong(2, now);
                ps.setLong(3, undo.shortlistId());
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET removed_at = ?, updated_at = ? "
                + "WHERE shortlist_id = ? AND freelancer_id = ? AND removed_at IS NULL")) {
            for (String id : undo.addedIds()) {
                ps.setLong(1, now);
                ps.setLong(2, now);
                ps.setLong(3, undo.shortlistId());
                ps.setString(4, id);
                ps.executeUpdate();
            }
        }
        for (ShortlistEntries.PriorWork w : undo.prior()) {
            EntryWrites.updateWork(c, w.entryId(), w.status(), w.rating(), w.notes(), now);
            EntryWrites.replaceTags(c, w.entryId(), w.tags());
        }
        EntryWrites.touchList(c, undo.shortlistId(), now);
    }

    /** Local work wins; incoming values fill only defaults; tags are united. True when anything changed. */
    private static boolean mergeLive(Connection c, Existing old, ShortlistEntry in, long now) throws SQLException {
        EntryStatus status = old.status() == EntryStatus.NEW ? in.status() : old.status();
        int rating = old.rating() == 0 ? in.rating() : old.rating();
        String notes = old.notes().isBlank() ? in.notes() : old.notes();
        List<String> oldTags = EntryWrites.tagsOf(c, old.entryId());
        Set<String> tags = new LinkedHashSet<>(oldTags);
        tags.addAll(in.tags());
        List<String> newTags = ShortlistEntry.normaliseTags(tags);
        boolean workChanged = status != old.status() || rating != old.rating() || !notes.equals(old.notes());
        boolean tagsChanged = !newTags.equals(ShortlistEntry.normaliseTags(oldTags));
        if (workChanged) {
            EntryWrites.updateWork(c, old.entryId(), status, rating, notes, now);
        }
        if (tagsChanged) {
            EntryWrites.replaceTags(c, old.entryId(), newTags);
        }
        return workChanged || tagsChanged;
    }

    private static Existing existing(Connection c, long shortlistId, String freelancerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, status, rating, notes, removed_at FROM shortlist_entry
                WHERE shortlist_id = ? AND freelancer_id = ?""")) {
            ps.setLong(1, shortlistId);
            ps.setString(2, freelancerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long id = rs.getLong(1);
                EntryStatus status = EntryStatus.parse(rs.getString(2));
                int rating = rs.getInt(3);
                String notes = rs.getString(4);
                rs.getLong(5);
                return new Existing(id, status, rating, notes == null ? "" : notes, !rs.wasNull());
            }
        }
    }
}
