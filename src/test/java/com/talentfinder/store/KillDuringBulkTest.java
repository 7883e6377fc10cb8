package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code kill -9} during a bulk status change leaves either every entry changed or none, whatever the
 * moment: before the transaction, at its start, half-way, near its end, after the commit. Checked with plain JDBC.
 */
class KillDuringBulkTest {

    private static final int ENTRIES = 5_000;

    @TempDir
    Path dir;

    /** Starts the child, reads its lines until {@code stop}, kills it (SIGKILL) and returns what it printed. */
    private List<String> killAfter(Path db, String stop) throws Exception {
        Path err = dir.resolve("child.err");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BulkChildMain.class.getName(), db.toString(), "Big", "HIRED");
        Process child = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = ChildJvm.stdout(child)) {
            String line;
            while ((line = out.readLine()) != null) {
                assertThat(line).as("child stderr: %s", Files.readString(err)).doesNotStartWith("ERROR");
                lines.add(line);
                if (line.equals(stop)) {
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return lines;
    }

    private static int hired(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*) FROM shortlist_entry WHERE status = ? AND removed_at IS NULL")) {
            ps.setString(1, "HIRED");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void resetAll(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE shortlist_entry SET status = 'NEW'");
        }
    }

    @Test
    @Timeout(300)
    void killedAtAnyMomentOfABulkStatusChangeLeavesAllOrNoneChanged() throws Exception {
        Path db = dir.resolve("talent-finder.db");
        ShortlistRepository setup = new ShortlistRepository(Database.open(db), Clock.systemUTC());
        long list = setup.create("Big").id();
        setup.add(list, IntStream.range(0, ENTRIES).mapToObj(TestFreelancers::numbered).toList());
        int noneSeen = 0;

        for (String stop : List.of("started", "progress 50", "progress 2500", "progress 4950", "committed")) {
            List<String> lines = killAfter(db, stop);

            assertThat(Database.open(db).integrityCheck()).isEqualTo("ok");
            int n = hired(db);
            assertThat(n).as("killed after '%s'", stop).isIn(0, ENTRIES);
            if (lines.contains("committed")) {
                assertThat(n).isEqualTo(ENTRIES);
            }
            if (stop.startsWith("progress")) {
                // Killed inside the transaction (the child pauses after each report): nothing may show.
                assertThat(n).as("killed after '%s'", stop).isZero();
            }
            noneSeen += n == 0 ? 1 : 0;
            resetAll(db);
        }
        assertThat(noneSeen).isGreaterThanOrEqualTo(3);
    }
}
