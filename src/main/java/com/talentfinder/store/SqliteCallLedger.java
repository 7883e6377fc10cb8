package com.talentfinder.store;

import com.talentfinder.api.CallLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

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
        db.write("count a call against this month's credits", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_calls(api_url, called_at, http_status) VALUES (?, ?, ?)")) {
                ps.setString(1, apiUrl);
                ps.setLong(2, at.toEpochMilli());
                ps.setInt(3, httpStatus);
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
