package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.config.DataFolder;
import com.talentfinder.app.startup.StartupCheck;
import com.talentfinder.app.startup.StartupProblem;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 8: each fault injected at start-up gives a plain message, loses nothing (entry counts and
 * {@code PRAGMA integrity_check} before and after) and is over in bounded time. docs/reliability.md lists them.
 */
class FaultSuiteTest {

    private static final int ENTRIES = 250;

    @TempDir
    Path home;

    private Path db;
    private long listId;

    @BeforeEach
    void aDataFolderWithWork() {
        db = home.resolve(AppServices.DATABASE_FILE);
        ShortlistRepository repo = new ShortlistRepository(Database.open(db), Clock.systemUTC());
        listId = repo.create("Work").id();
        repo.add(listId, IntStream.range(0, ENTRIES).mapToObj(FaultSuiteTest::freelancer).toList());
    }

    private static Freelancer freelancer(int i) {
        String id = "~01" + i;
        return new Freelancer(id, "Person " + i, "Dev", "d", "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal("30"), "USD", "Peru", null, null, null, List.of("Java"), 90, false, null, false, 1.0,
                1, false, false, false, false);
    }

    private AppServices services() {
        return new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()), Clock.systemUTC());
    }

    private void assertNothingLost() {
        Database reopened = Database.open(db);
        assertThat(reopened.integrityCheck()).isEqualTo("ok");
        assertThat(new ShortlistRepository(reopened, Clock.systemUTC()).count(listId, EntryQuery.all()))
                .isEqualTo(ENTRIES);
    }

    private static void assertPlain(String message) {
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("SQLITE_")
                .doesNotContain("\tat ").doesNotContain("java.");
    }

    @Test
    @Timeout(30)
    void outOfRangeSettingsKeepEveryEntry() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "cache.ttl.hours=99999999999999999\nplan=gold\n");
        try (AppServices s = services()) {
            StartupCheck check = new StartupCheck(s);
            StartupProblem p = check.run().orElseThrow();
            assertPlain(p.message());
            assertThat(p.message()).contains("Free plan");
            check.acceptDefaultSettings();
            assertThat(check.run()).isEmpty();
        }
        assertNothingLost();
    }

    @Test
    @Timeout(60)
    void aLockHeldByAnotherProgramIsReportedAndNothingIsLost() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = other.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            st.execute("UPDATE shortlist SET name = name");
            long start = System.nanoTime();
            try (AppServices s = services()) {
                StartupProblem p = new StartupCheck(s).run().orElseThrow();
                assertThat(p.kind()).isEqualTo(StartupProblem.Kind.LOCKED);
                assertThat(p.canRetry()).isTrue();
                assertPlain(p.message());
            }
            assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(40);
            st.execute("ROLLBACK");
        }
        assertNothingLost();
    }

    @Test
    @Timeout(30)
    void aDamagedDatabaseKeepsItsBytesAndTheBackupComesBackWhole() throws Exception {
        Path backup = home.resolve("talent-finder.db.before-v5-20261201-120000.bak");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + backup + "'");
        }
        byte[] junk = new byte[64 * 1024];
        new Random(3).nextBytes(junk);
        Files.write(db, junk);
        Files.deleteIfExists(home.resolve("talent-finder.db-wal"));
        Files.deleteIfExists(home.resolve("talent-finder.db-shm"));
        try (AppServices s = services()) {
            StartupCheck check = new StartupCheck(s);
            StartupProblem p = check.run().orElseThrow();
            assertPlain(p.message());
            assertThat(p.canRestoreBackup()).isTrue();
            check.restoreNewestBackup(p);
            assertThat(check.run()).isEmpty();
        }
        assertNothingLost();
        try (var files = Files.list(home)) {
            Path kept = files.filter(f -> f.getFileName().toString().startsWith("talent-finder.db.damaged-"))
                    .filter(f -> !f.getFileName().toString().endsWith("-wal")
                            && !f.getFileName().toString().endsWith("-shm"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(junk);
        }
    }

    @Test
    @Timeout(30)
    void aNewerSchemaIsLeftAsItIs() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 42");
        }
        try (AppServices s = services()) {
            StartupProblem p = new StartupCheck(s).run().orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.NEWER_DATABASE);
            assertPlain(p.message());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM shortlist_entry")) {
            assertThat(rs.getInt(1)).isEqualTo(ENTRIES);
        }
    }

    @Test
    @Timeout(30)
    void theCommandLineSaysDataProblemInOneSentence() throws Exception {
        Files.write(db, new byte[64 * 1024]);
        Files.deleteIfExists(home.resolve("talent-finder.db-wal"));
        java.io.StringWriter err = new java.io.StringWriter();
        int code = com.talentfinder.cli.Cli.run(new String[] {"shortlist", "list"},
                Map.of(DataFolder.ENV_HOME, home.toString()), new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));
        assertThat(code).isEqualTo(com.talentfinder.cli.ExitCodes.DATA);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertPlain(err.toString());
        assertThat(err.toString()).doesNotContain("backup is kept");
    }
}
