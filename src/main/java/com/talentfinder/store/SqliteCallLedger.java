package com.talentfinder.store;

import com.talentfinder.api.CallLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit ledger in the database: one row per real call, with its time and HTTP status. Months are
 * calendar months in the user's time zone, so a call at 23:59 on 31 January local time counts in January.
 */
public final class SqliteCallLedger implements CallLedger {

    private final Database db;
    private final ZoneId zone;

    public SqliteCallLedger(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public void recordCall(String apiUrl, Instant at, int httpStatus) {
        recordCall(apiUrl, at, httpStatus, null);
    }

    /**
     * Records one call made with the team's key, named by its fingerprint ({@code null}: credits are personal), so
     * it can be sent to the team's ledger ({@link #unsent}).
     */
    public void recordCall(String apiUrl, Instant at, int httpStatus, String keyFingerprint) {
        db.write("count a call against this month's credits", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_calls(api_url, called_at, http_status, key_fingerprint) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, apiUrl);
                ps.setLong(2, at.toEpochMilli());
                ps.setInt(3, httpStatus);
                ps.setString(4, keyFingerprint);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Calls made under {@code keyFingerprint} not yet sent to the team's ledger, oldest first, at most {@code max}. */
    public List<TeamCallLedger.Call> unsent(String keyFingerprint, int max) {
        return db.read("read the calls not yet sent to the team", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, called_at, http_status FROM api_calls"
                    + " WHERE key_fingerprint = ? AND id > coalesce((SELECT last_call_id FROM team_calls_sent"
                    + " WHERE key_fingerprint = ?), 0) ORDER BY id LIMIT ?")) {
                ps.setString(1, keyFingerprint);
                ps.setString(2, keyFingerprint);
                ps.setInt(3, max);
                List<TeamCallLedger.Call> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TeamCallLedger.Call(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Remembers that the calls under {@code keyFingerprint} up to id {@code lastCallId} reached the team. */
    public void markSent(String keyFingerprint, long lastCallId) {
        db.write("remember the calls sent to the team", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_calls_sent(key_fingerprint, last_call_id)"
                    + " VALUES (?, ?) ON CONFLICT(key_fingerprint) DO UPDATE SET last_call_id ="
                    + " max(team_calls_sent.last_call_id, excluded.last_call_id)")) {
                ps.setString(1, keyFingerprint);
                ps.setLong(2, lastCallId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int callsInMonth(YearMonth month) {
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read("count this month's calls", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM api_calls WHERE called_at >= ? AND called_at < ?")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    public ZoneId zone() {
        return zone;
    }
}
