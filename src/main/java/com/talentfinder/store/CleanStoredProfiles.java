package com.talentfinder.store;

import com.talentfinder.domain.Freelancer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Migration V5: cleans the profile snapshots older versions stored without the cleaning imports now get
 * (an imported {@code 1e-100000000} rate, a negative rate, a Job Success of 4200, bidirectional overrides):
 * each snapshot is read through the one cleaning ({@code FreelancerJson.fromJson}) and written back, with its
 * sort and search keys, when that changed it. A snapshot that cannot be read at all is left as it was.
 * (Cached search pages are cleaned the same way each time they are read.)
 */
final class CleanStoredProfiles {

    static final String NAME = "V5 clean stored profiles";

    private CleanStoredProfiles() {
    }

    static int run(Connection c) throws SQLException {
        int cleaned = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT id, snapshot_json FROM shortlist_entry");
             PreparedStatement write = c.prepareStatement("UPDATE shortlist_entry SET snapshot_json = ?, "
                     + "sort_name = ?, hourly_rate = ?, currency = ?, jss = ?, profile_key = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String stored = rs.getString(2);
                Freelancer f;
                try {
                    f = EntryRows.snapshot(stored.getBytes(StandardCharsets.UTF_8));
                } catch (SQLException | RuntimeException e) {
                    continue;
                }
                if (EntryRows.snapshotJson(f).equals(stored)) {
                    continue;
                }
                int next = EntryRows.bindSnapshot(write, 1, f);
                write.setLong(next, rs.getLong(1));
                write.executeUpdate();
                cleaned++;
            }
        }
        return cleaned;
    }
}
