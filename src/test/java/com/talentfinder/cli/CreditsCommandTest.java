package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.store.SqliteCallLedger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CreditsCommandTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path home;

    private String run(Map<String, String> env, String... args) {
        // 1 February, 00:30 in Berlin.
        Clock clock = Clock.fixed(Instant.parse("2025-01-31T23:30:00Z"), BERLIN);
        try (AppServices services = new AppServices(env, clock)) {
            SqliteCallLedger ledger = new SqliteCallLedger(services.database(), BERLIN);
            ledger.recordCall("https://api.parse.bot/scraper/x", Instant.parse("2025-01-31T22:00:00Z"), 200);
            ledger.recordCall("https://api.parse.bot/scraper/x", Instant.parse("2025-01-31T23:10:00Z"), 200);
            ledger.recordCall("https://api.parse.bot/scraper/x", Instant.parse("2025-01-31T23:20:00Z"), 429);
            StringWriter out = new StringWriter();
            int code = new CommandLine(new CreditsCommand(services)).setOut(new PrintWriter(out)).execute(args);
            assertThat(code).isZero();
            return out.toString().strip();
        }
    }

    @Test
    void jsonPrintsTheMonthTheCountAndThePlansLimit() {
        String json = run(Map.of("TALENT_FINDER_HOME", home.toString(), "TALENT_FINDER_PLAN", "hobby"),
                "--format", "json");
        assertThat(json).isEqualTo("{\"month\":\"2025-02\",\"used\":2,\"limit\":1000}");
    }

    @Test
    void withoutThePlanVariableSettingsDecide() {
        String json = run(Map.of("TALENT_FINDER_HOME", home.toString()), "--format", "json");
        assertThat(json).isEqualTo("{\"month\":\"2025-02\",\"used\":2,\"limit\":100}");
    }

    @Test
    void textIsOnePlainLine() {
        String text = run(Map.of("TALENT_FINDER_HOME", home.toString(), "TALENT_FINDER_PLAN", "developer"));
        assertThat(text).isEqualTo("Credits this month: 2 of 5000 (2025-02, Developer plan): 4998 left.");
    }
}
