package com.talentfinder.store;

import com.talentfinder.cleaning.UntrustedText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The team's credit ledger (issue 16, a team key): in the team database, one row per real call any member made
 * with the shared key, named by the key's fingerprint (never the key) and the member. A call is sent with its
 * id in the member's personal ledger, so sending it again (after the server was away) adds nothing.
 */
public final class TeamCallLedger {

    /** One call from a member's personal ledger. */
    public record Call(long localId, Instant calledAt, int httpStatus) {
    }

    /** A member's calls in a month. */
    public record MemberCalls(String member, int calls) {
    }

    /** The longest member name kept (the app writes at most 60 characters). */
    static final int MEMBER_CHARS = 60;

    private final Database db;

    public TeamCallLedger(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /**
     * Adds {@code calls} under {@code fingerprint} and {@code member}, in one transaction; calls already there
     * are skipped.
     *
     * @return how many were new
     */
    public int add(String fingerprint, String member, List<Call> calls) {
        if (calls.isEmpty()) {
            return 0;
        }
        return db.write("count calls on the team's credits", c -> {
            int added = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_api_calls(key_fingerprint, member,"
                    + " local_call_id, called_at, http_status) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Call call : calls) {
                    ps.setString(1, fingerprint);
                    ps.setString(2, member);
                    ps.setLong(3, call.localId());
                    ps.setLong(4, call.calledAt().toEpochMilli());
                    ps.setInt(5, call.httpStatus());
                    added += ps.executeUpdate();
                }
            }
            return added;
        });
    }

    /** Calls under {@code fingerprint} from {@code from} (inclusive) to {@code to}, per member, most first. */
    public List<MemberCalls> callsByMember(String fingerprint, Instant from, Instant to) {
        return db.read("read the team's credits", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT member, count(*) AS n FROM team_api_calls"
                    + " WHERE key_fingerprint = ? AND called_at >= ? AND called_at < ?"
                    + " GROUP BY member ORDER BY n DESC, member")) {
                ps.setString(1, fingerprint);
                ps.setLong(2, from.toEpochMilli());
                ps.setLong(3, to.toEpochMilli());
                List<MemberCalls> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // A member name is what another member's app wrote: cleaned like any outside text.
                        out.add(new MemberCalls(Objects.requireNonNullElse(
                                UntrustedText.singleLine(rs.getString(1), MEMBER_CHARS), "?"), rs.getInt(2)));
                    }
                }
                return out;
            }
        });
    }
}
