package com.talentfinder.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.DataFolder;
import com.talentfinder.app.config.Settings;
import com.talentfinder.store.Database;
import com.talentfinder.store.ShortlistRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up over damaged data: a problem to show, never an exception; nothing deleted; honest about backups. */
class StartupCheckTest {

    @TempDir
    Path home;

    private AppServices services() {
        return new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()), Clock.systemUTC());
    }

    private byte[] randomDatabase() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(home.resolve(AppServices.DATABASE_FILE), junk);
        return junk;
    }

    @Test
    void aDamagedDatabaseIsAProblemToShowWithoutAFalseBackupClaim() throws Exception {
        randomDatabase();
        try (AppServices s = services()) {
            StartupProblem p = new StartupCheck(s).run().orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.DAMAGED_DATABASE);
            assertThat(p.canStartFresh()).isTrue();
            assertThat(p.canRestoreBackup()).isFalse();
            assertThat(p.message()).contains("There is no backup").doesNotContain("A backup");
        }
    }

    @Test
    void startingFreshKeepsTheDamagedBytesAsideAndOpens() throws Exception {
        byte[] junk = randomDatabase();
        try (AppServices s = services()) {
            StartupCheck check = new StartupCheck(s);
            check.keepAsideAndStartFresh(check.run().orElseThrow());
            assertThat(check.run()).isEmpty();
            assertThat(s.database().integrityCheck()).isEqualTo("ok");
        }
        try (Stream<Path> files = Files.list(home)) {
            Path kept = files.filter(f -> f.getFileName().toString().startsWith("talent-finder.db.damaged-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(junk);
        }
    }

    @Test
    void theNewestBackupIsOfferedOnlyWhenOneExistsAndRestores() throws Exception {
        Path backup = home.resolve("talent-finder.db.before-v4-20261201-120000.bak");
        Database good = Database.open(backup);
        new ShortlistRepository(good, Clock.systemUTC()).create("Kept list");
        Files.deleteIfExists(home.resolve("talent-finder.db.before-v4-20261201-120000.bak-wal"));
        randomDatabase();
        try (AppServices s = services()) {
            StartupCheck check = new StartupCheck(s);
            StartupProblem p = check.run().orElseThrow();
            assertThat(p.canRestoreBackup()).isTrue();
            assertThat(p.message()).contains("A backup from");
            check.restoreNewestBackup(p);
            assertThat(check.run()).isEmpty();
            assertThat(new ShortlistRepository(s.database(), s.clock()).list())
                    .extracting(l -> l.name()).containsExactly("Kept list");
        }
        assertThat(backup).exists();
    }

    @Test
    void aNewerDatabaseIsNotTouched() throws Exception {
        Path db = home.resolve(AppServices.DATABASE_FILE);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE future(x)");
            st.execute("PRAGMA user_version = 99");
        }
        try (AppServices s = services()) {
            StartupProblem p = new StartupCheck(s).run().orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.NEWER_DATABASE);
            assertThat(p.message()).contains("newer version");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(99); // not migrated down, not replaced
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedSaysSoAndOffersToTryAgain() throws Exception {
        Path file = home.resolve("file");
        Files.writeString(file, "x");
        try (AppServices s = new AppServices(Map.of(DataFolder.ENV_HOME, file.resolve("home").toString()),
                Clock.systemUTC())) {
            StartupProblem p = new StartupCheck(s).run().orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.CANNOT_WRITE);
            assertThat(p.canRetry()).isTrue();
            assertThat(p.canStartFresh()).isFalse();
        }
    }

    @Test
    void anOutOfRangeCacheTimeFallsBackWithANoticeInsteadOfKillingStartUp() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "cache.ttl.hours=99999999999999999\ntheme=dark\n");
        assertThatCode(this::services).doesNotThrowAnyException();
        try (AppServices s = services()) {
            assertThat(s.settings().cacheTtl()).isEqualTo(Settings.DEFAULT_CACHE_TTL);
            assertThat(s.settings().theme()).isEqualTo("dark");
            StartupCheck check = new StartupCheck(s);
            StartupProblem p = check.run().orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.SETTINGS_RESET);
            assertThat(p.message()).contains("default (24 hours)");
            check.acceptDefaultSettings();
            assertThat(check.run()).isEmpty();
        }
        try (AppServices again = services()) {
            assertThat(again.settingsProblems()).isEmpty();
            assertThat(again.settings().cacheTtl()).isEqualTo(Duration.ofHours(24));
        }
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.properties.damaged-"));
        }
    }

    @Test
    void anUnreadableSettingsFileIsANoticeToo() throws Exception {
        Files.createDirectories(home.resolve("settings.properties")); // a folder where the file should be
        try (AppServices s = services()) {
            assertThat(s.settings()).isEqualTo(Settings.defaults());
            assertThat(new StartupCheck(s).run()).get().extracting(StartupProblem::kind)
                    .isEqualTo(StartupProblem.Kind.SETTINGS_RESET);
        }
    }
}
