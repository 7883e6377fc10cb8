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
 * status, rating and notes are filled in only where the target still has the default (New, 0, empty) and tags
 * are united; one removed from the target list stays removed. The whole list is one transaction on the target,
 * written in batches of {@value #PAGE}; the source is read a page at a time.
 */
public final class ShortlistCopy {

    /** Entries read and written per batch. */
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

    private record Existing(long id, EntryStatus status, int rating, String notes, boolean removed) {
    }

    private static final String INSERT = """
            INSERT INTO shortlist_entry(shortlist_id, freelancer_id, portrait, saved_at, updated_at, status, rating,
                notes, notes_key, snapshot_json, sort_name, hourly_rate, currency, jss, profile_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(shortlist_id, freelancer_id) DO NOTHING""";

    private ShortlistCopy() {
    }

    /** Copies the live list {@code list} of {@code from} into {@code to}, in one transaction on {@code to}. */
    public static Result copy(ShortlistRepository from, Shortlist list, ShortlistRepository to) {
        String name = ShortlistRepository.validName(list.name());
        long now = to.clock().millis();
        return to.database().write("copy the shortlist to the team database", c -> {
            var found = ShortlistRepository.findLive(c, name);
            long target = found.isPresent() ? found.get().id() : ShortlistMerge.createList(c, name, now);
            Map<String, Existing> existing = existing(c, target);
            Map<Long, Set<String>> existingTags = tags(c, target);
            int[] n = new int[8]; // added, alreadyThere, filledIn, keptRemoved, notes, ratings, statuses, tags
            EntryQuery page = EntryQuery.all().sortedBy(EntrySort.SAVED_AT, true);
            for (int offset = 0; ; offset += PAGE) {
                List<ShortlistEntry> entries = from.entries(list.id(), page.page(offset, PAGE));
                if (entries.isEmpty()) {
                    break;
                }
                copyPage(c, from, list.id(), target, entries, existing, existingTags, now, n);
                if (entries.size() < PAGE) {
                    break;
                }
            }
            EntryWrites.touchList(c, target, now);
            return new Result(name, found.isEmpty(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
        });
    }

    private static void copyPage(Connection c, ShortlistRepository from, long sourceId, long target,
                                 List<ShortlistEntry> entries, Map<String, Existing> existing,
                                 Map<Long, Set<String>> existingTags, long now, int[] n) throws SQLException {
        List<ShortlistEntry> fresh = new ArrayList<>();
        List<String> freshIds = new ArrayList<>();
        Map<Long, List<String>> tagsToAdd = new HashMap<>();
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE shortlist_entry SET status = ?, rating = ?, notes = ?, notes_key = ?, updated_at = ?
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
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (ShortlistEntry in : fresh) {
                    EntryWrites.bind(insert, target, in.freelancer(), portraits.get(in.freelancerId()),
                            in.savedAt().toEpochMilli(), now, in.status(), in.rating(), in.notes());
                    insert.addBatch();
                    n[4] += in.notes() == null || in.notes().isBlank() ? 0 : 1;
                    n[5] += in.rating() > 0 ? 1 : 0;
                    n[6] += in.status() != EntryStatus.NEW ? 1 : 0;
                }
                insert.executeBatch();
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
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO entry_tag(entry_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (Map.Entry<Long, List<String>> e : tagsToAdd.entrySet()) {
                    for (String tag : e.getValue()) {
                        ins.setLong(1, e.getKey());
                        ins.setString(2, tag);
                        ins.addBatch();
                        n[7]++;
                        existingTags.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(tag);
                    }
                }
                ins.executeBatch();
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
