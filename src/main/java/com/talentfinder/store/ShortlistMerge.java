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

    /** @return {added, updated, unchanged} */
    static int[] mergeInto(Connection c, long shortlistId, List<ShortlistEntry> incoming, long now)
            throws SQLException {
        int[] counts = new int[3];
        try (PreparedStatement insert = c.prepareStatement(EntryWrites.INSERT)) {
            for (ShortlistEntry in : incoming) {
                Existing old = existing(c, shortlistId, in.freelancerId());
                if (old == null) {
                    EntryWrites.insert(insert, shortlistId, in.freelancer(), null, in.savedAt().toEpochMilli(), now,
                            in.status(), in.rating(), in.notes());
                    EntryWrites.replaceTags(c, EntryWrites.liveEntryId(c, shortlistId, in.freelancerId()), in.tags());
                    counts[0]++;
                } else if (old.removed()) {
                    // Gone from the list: comes back carrying the incoming work, as a new entry would.
                    EntryWrites.insert(insert, shortlistId, in.freelancer(), null, now, now, in.status(), in.rating(),
                            in.notes());
                    EntryWrites.updateWork(c, old.entryId(), in.status(), in.rating(), in.notes(), now);
                    EntryWrites.replaceTags(c, old.entryId(), in.tags());
                    counts[0]++;
                } else {
                    counts[mergeLive(c, old, in, now) ? 1 : 2]++;
                }
            }
        }
        return counts;
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
