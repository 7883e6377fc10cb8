package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The undo half of {@link BulkEdits}: what a bulk change remembers of every row it touches (inside its own
 * transaction), and putting those rows back exactly as they were.
 */
final class BulkUndo {

    private BulkUndo() {
    }

    /** A row as it was before a bulk change touched it. */
    record Prior(long entryId, long shortlistId, EntryStatus status, int rating, String notes, List<String> tags,
                 Long removedAt, long updatedAt) {
    }

    /** Collects the earlier values of rows, each row once (the first, true earlier value wins). */
    static final class Recorder {
        private final Map<Long, Prior> prior = new LinkedHashMap<>();
        private final List<Long> created = new ArrayList<>();
        private final Set<Long> lists = new LinkedHashSet<>();
        private final long listId;

        Recorder(long listId) {
            this.listId = listId;
            lists.add(listId);
        }

        /** Remembers a row of the list the change is made on. */
        void remember(Connection c, BulkEdits.Row row) throws SQLException {
            rememberOn(c, listId, row);
        }

        /** Remembers a row of another list ({@code listId}), which the undo then touches too. */
        void rememberOn(Connection c, long listId, BulkEdits.Row row) throws SQLException {
            lists.add(listId);
            if (!prior.containsKey(row.entryId())) {
                prior.put(row.entryId(), new Prior(row.entryId(), listId, row.status(), row.rating(), row.notes(),
                        EntryWrites.tagsOf(c, row.entryId()), row.removedAt(), row.updatedAt()));
            }
        }

        /** An entry the change created: the undo deletes it. */
        void created(long entryId) {
            created.add(entryId);
        }

        /** A list the change touches (its "updated" time moves on undo too). */
        void touches(long listId) {
            lists.add(listId);
        }

        BulkEdits.Undo undo() {
            return new BulkEdits.Undo(List.copyOf(prior.values()), created, lists);
        }
    }

    /** Puts back every row {@code undo} remembers, deletes the rows it created; recorded as changed by {@code who}. */
    static void restore(Connection c, BulkEdits.Undo undo, String who, long now) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM shortlist_entry WHERE id = ?")) {
            for (long id : undo.created()) {
                del.setLong(1, id);
                del.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE shortlist_entry SET status = ?, rating = ?, notes = ?, notes_key = ?, removed_at = ?,
                    updated_at = ?, version = version + 1, changed_by = ?, changed_at = ?, changed_fields = ?
                WHERE id = ?""")) {
            for (Prior p : undo.prior()) {
                ps.setString(1, p.status().code());
                ps.setInt(2, p.rating());
                ps.setString(3, p.notes());
                ps.setString(4, EntryRows.notesKey(p.notes()));
                if (p.removedAt() == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, p.removedAt());
                }
                ps.setLong(6, p.updatedAt());
                ps.setString(7, who);
                ps.setLong(8, now);
                ps.setString(9, EntryField.codes(EnumSet.allOf(EntryField.class)));
                ps.setLong(10, p.entryId());
                ps.executeUpdate();
                EntryWrites.replaceTags(c, p.entryId(), p.tags());
            }
        }
        for (long list : undo.lists()) {
            EntryWrites.touchList(c, list, now);
        }
    }
}
