package com.talentfinder.store;

import com.talentfinder.domain.ShortlistEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The read queries of a shortlist's entries, behind {@link ShortlistRepository}. */
final class EntryReads {

    /** The most of the database file one long read maps into memory (address space, not memory used). */
    static final long MAP_BYTES = 1L << 30;

    private final Database db;

    EntryReads(Database db) {
        this.db = db;
    }

    /** One page of a list's entries, sorted and filtered as {@code query} says. */
    List<ShortlistEntry> page(long shortlistId, EntryQuery query) {
        EntryRows.Where where = EntryRows.where(db.dialect(), shortlistId, query);
        return db.read("read the shortlist", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    EntryRows.select(db.dialect()) + where.sql() + EntryRows.orderBy(query) + " LIMIT ? OFFSET ?")) {
                where.bind(ps, 1);
                ps.setInt(where.params().size() + 1, query.limit());
                ps.setInt(where.params().size() + 2, query.offset());
                List<ShortlistEntry> out = new ArrayList<>(query.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EntryRows.map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** How many entries match {@code query}'s filters (its sort and window are ignored). */
    int count(long shortlistId, EntryQuery query) {
        EntryRows.Where where = EntryRows.where(db.dialect(), shortlistId, query);
        return db.read("count the shortlist", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM shortlist_entry e" + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Streams every entry matching {@code query}'s filters, in its order, ignoring its window: for exports,
     * one entry in memory at a time. {@code sink} runs while the database is being read: keep it quick.
     */
    int forEach(long shortlistId, EntryQuery query, Consumer<ShortlistEntry> sink) {
        EntryRows.Where where = EntryRows.where(db.dialect(), shortlistId, query);
        String sql = EntryRows.select(db.dialect()) + where.sql() + EntryRows.orderBy(query);
        // The rows are stepped on a helper thread (the database's work) while this one parses their snapshots
        // (about as much work again) and runs the sink: a 100,000-entry export reads in about half the time.
        int[] n = {0};
        StepAhead.<EntryRows.Raw>run("shortlist-step-ahead", rows -> db.read("read the shortlist", c -> {
            if (db.dialect() == Dialect.SQLITE) {
                mapTheFile(c);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    EntryRows.Columns columns = EntryRows.Columns.of(rs);
                    while (rs.next()) {
                        rows.accept(EntryRows.raw(rs, columns, shortlistId));
                    }
                }
            }
            return null;
        }), raw -> {
            ShortlistEntry entry;
            try {
                entry = raw.entry();
            } catch (SQLException e) {
                throw StoreException.from("read the shortlist", e);
            }
            sink.accept(entry);
            n[0]++;
        });
        return n[0];
    }

    /**
     * Lets SQLite read this connection's pages straight from the file's memory mapping instead of a system call
     * and a copy per page: a list read in its sort order visits its rows' pages in an order of their own, and
     * the page cache of a fresh connection holds few of them. Only for the connection of one long read.
     */
    private static void mapTheFile(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA mmap_size = " + MAP_BYTES);
        }
    }

    /** The live entry for one freelancer on one list. */
    Optional<ShortlistEntry> one(long shortlistId, String freelancerId) {
        return db.read("read the shortlist", c -> {
            try (PreparedStatement ps = c.prepareStatement(EntryRows.select(db.dialect())
                    + " WHERE e.shortlist_id = ? AND e.freelancer_id = ? AND e.removed_at IS NULL")) {
                ps.setLong(1, shortlistId);
                ps.setString(2, freelancerId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EntryRows.map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The portrait saved with an entry, when one was. */
    Optional<byte[]> portrait(long shortlistId, String freelancerId) {
        return db.read("read the saved portrait", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT portrait FROM shortlist_entry WHERE shortlist_id = ? AND freelancer_id = ?")) {
                ps.setLong(1, shortlistId);
                ps.setString(2, freelancerId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** The portraits saved with the given entries of a list (those that have one), in one query. */
    java.util.Map<String, byte[]> portraits(long shortlistId, java.util.Collection<String> freelancerIds) {
        if (freelancerIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<String> ids = List.copyOf(freelancerIds);
        return db.read("read the saved portraits", c -> {
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT freelancer_id, portrait FROM shortlist_entry"
                    + " WHERE shortlist_id = ? AND portrait IS NOT NULL AND freelancer_id IN (" + marks + ")")) {
                ps.setLong(1, shortlistId);
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 2, ids.get(i));
                }
                java.util.Map<String, byte[]> out = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getBytes(2));
                    }
                }
                return out;
            }
        });
    }

    /** Every tag used on a list's live entries, sorted (for a tag filter). */
    List<String> tags(long shortlistId) {
        return db.read("read the tags", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT t.tag FROM entry_tag t JOIN shortlist_entry e ON e.id = t.entry_id
                    WHERE e.shortlist_id = ? AND e.removed_at IS NULL ORDER BY t.tag""")) {
                ps.setLong(1, shortlistId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }
}
