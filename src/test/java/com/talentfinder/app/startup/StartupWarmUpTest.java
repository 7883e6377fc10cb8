package com.talentfinder.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up checks the data on its own thread while the toolkit starts (issue 13), and the window takes that
 * outcome once: a damaged database is still a problem to show, never an exception, and is left as it was.
 */
class StartupWarmUpTest {

    @TempDir
    Path home;

    private AppServices services() {
        return new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()), Clock.systemUTC());
    }

    @Test
    void theDataIsCheckedOnTheWarmUpThreadAndTheOutcomeIsHandedOutOnce() throws Exception {
        AppServices s = StartupWarmUp.start(this::services).get(30, TimeUnit.SECONDS);
        try (s) {
            StartupWarmUp.EarlyCheck early = StartupWarmUp.takeCheck(s);
            assertThat(early.check().services()).isSameAs(s);
            assertThat(early.outcome()).isNotNull();
            assertThat(early.outcome().get(30, TimeUnit.SECONDS)).isEmpty();

            StartupWarmUp.EarlyCheck again = StartupWarmUp.takeCheck(s);
            assertThat(again.outcome()).as("taken once; a later caller checks itself").isNull();
            assertThat(again.check().run()).isEmpty();
            StartupWarmUp.awaitLast(60_000); // the warm-up goes on with the demo server: done before the folder goes
        }
    }

    @Test
    void aDamagedDatabaseIsReportedByTheEarlyCheckAndKeptAsItWas() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(11).nextBytes(junk);
        Path db = home.resolve(AppServices.DATABASE_FILE);
        Files.write(db, junk);

        AppServices s = StartupWarmUp.start(this::services).get(30, TimeUnit.SECONDS);
        try (s) {
            StartupWarmUp.EarlyCheck early = StartupWarmUp.takeCheck(s);
            StartupProblem p = early.outcome().get(30, TimeUnit.SECONDS).orElseThrow();
            assertThat(p.kind()).isEqualTo(StartupProblem.Kind.DAMAGED_DATABASE);
            // The user's choice in the window goes through the same check.
            assertThat(early.check().run()).isPresent();
            assertThat(Files.readAllBytes(db)).isEqualTo(junk);
            StartupWarmUp.awaitLast(60_000);
        }
    }

    @Test
    void servicesTheWarmUpDidNotBuildGetACheckOfTheirOwn() throws Exception {
        try (AppServices other = services()) {
            StartupWarmUp.EarlyCheck c = StartupWarmUp.takeCheck(other);
            assertThat(c.outcome()).isNull();
            assertThat(c.check().services()).isSameAs(other);
        }
    }
}
