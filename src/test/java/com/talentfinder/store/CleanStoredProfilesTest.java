package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V5 cleans profile snapshots older versions stored uncleaned; backups are capped at 3. */
class CleanStoredProfilesTest {

    @TempDir
    Path dir;

    private static final String DIRTY = "{\"id\":\"~01old\",\"name\":\"Eve\\u202E\\u0007\",\"hourly_rate\":-50,"
            + "\"total_earnings\":\"1e-100000000\",\"job_success_score\":4200,"
            + "\"profile_url\":\"https://www.upwork.com/freelancers/~01old\",\"skills\":[]}";

    @Test
    void aV4DatabaseWithDirtySnapshotsIsCleanedOnOpen() throws Exception {
        Path file = dir.resolve("talent-finder.db");
        Database db = Database.open(file);
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
        long list = repo.create("Old").id();
        repo.add(list, List.of(TestFreelancers.numbered(1)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("UPDATE shortlist_entry SET snapshot_json = ?, hourly_rate = -50, "
                     + "jss = 4200")) {
            ps.setString(1, DIRTY);
            ps.executeUpdate();
            s.execute("PRAGMA user_version = 4");
        }

        Database reopened = Database.open(file);

        var entry = new ShortlistRepository(reopened, Clock.systemUTC()).entries(list, EntryQuery.all()).get(0);
        assertThat(entry.freelancer().name()).isEqualTo("Eve");
        assertThat(entry.freelancer().hourlyRate()).isNull();
        assertThat(entry.freelancer().jobSuccessScore()).isNull();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT snapshot_json, hourly_rate, jss FROM shortlist_entry")) {
            assertThat(rs.getString(1)).doesNotContain("\\u202E").doesNotContain("4200").doesNotContain("-50");
            assertThat(rs.getObject(2)).isNull();
            assertThat(rs.getObject(3)).isNull();
        }
        assertThat(reopened.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void keepsOnlyTheNewestThreeMigrationBackups() throws Exception {
        Path file = dir.resolve("talent-finder.db");
        Database.open(file);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(dir.resolve("talent-finder.db.before-v5-2026010" + i + "-120000.bak"), "old " + i);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 4");
        }
        Database.open(file);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> backups = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bak"))
                    .sorted().toList();
            assertThat(backups).hasSize(3);
            assertThat(backups).noneMatch(n -> n.contains("20260101") || n.contains("20260102"));
        }
    }
}
