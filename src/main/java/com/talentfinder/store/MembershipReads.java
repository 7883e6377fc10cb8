package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ListMembership;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which live lists a page of freelancers is on (to mark search results "already on a list"): the ids are asked
 * about in chunks of {@value #CHUNK}, each one read, so a long page never exceeds a database's parameter limit.
 */
final class MembershipReads {

    /** Ids asked about in one query. */
    static final int CHUNK = 500;

    private MembershipReads() {
    }

    /** Which of {@code freelancerIds} are on at least one live list. */
    static Set<String> shortlistedAmong(Database db, Collection<String> freelancerIds) {
        Set<String> out = new HashSet<>();
        inChunks(db, freelancerIds, "SELECT DISTINCT e.freelancer_id FROM shortlist_entry e"
                + " JOIN shortlist s ON s.id = e.shortlist_id WHERE s.deleted_at IS NULL"
                + " AND e.removed_at IS NULL AND e.freelancer_id IN (%s)", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** The live lists each of {@code freelancerIds} is on, with the status there, by list name; absent when none. */
    static Map<String, List<ListMembership>> membershipsOf(Database db, Collection<String> freelancerIds) {
        Map<String, List<ListMembership>> out = new HashMap<>();
        inChunks(db, freelancerIds, "SELECT e.freelancer_id, s.id, s.name, e.status"
                + " FROM shortlist_entry e JOIN shortlist s ON s.id = e.shortlist_id"
                + " WHERE s.deleted_at IS NULL AND e.removed_at IS NULL AND e.freelancer_id IN (%s)"
                + " ORDER BY s.name, s.id", rs -> {
                    EntryStatus status = EntryStatus.parse(rs.getString(4));
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ListMembership(
                            rs.getString(1), rs.getLong(2), rs.getString(3), status == null ? EntryStatus.NEW : status));
                });
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private interface RowSink {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} (its {@code %s} becomes one {@code ?} per id) for each chunk of the distinct ids. */
    private static void inChunks(Database db, Collection<String> freelancerIds, String sql, RowSink sink) {
        List<String> ids = List.copyOf(new HashSet<>(freelancerIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.read("read the shortlists", c -> {
                readChunk(c, String.format(sql, String.join(", ", Collections.nCopies(chunk.size(), "?"))), chunk,
                        sink);
                return null;
            });
        }
    }

    private static void readChunk(Connection c, String sql, List<String> chunk, RowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 1, chunk.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.row(rs);
                }
            }
        }
    }
}
