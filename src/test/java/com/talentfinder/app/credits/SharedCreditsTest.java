package com.talentfinder.app.credits;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiKey;
import com.talentfinder.store.Database;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.StoreException;
import com.talentfinder.store.TeamCallLedger;
import com.talentfinder.testing.HandClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credits with a team key (issue 16 point 6): the personal ledger keeps every call, the team's ledger counts
 * every member's, the meter shows the team's month with who spent what, falls back to this computer's count
 * when the team database is away, and sends what was missed later without counting anything twice.
 */
class SharedCreditsTest {

    private static final String KEY = "sk-team-secret-4711";
    private static final String URL = "https://api.parse.bot/scraper/x";
    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;

    private final HandClock clock = new HandClock(Instant.parse("2025-02-14T10:00:00Z"));
    private Database personalDb;
    private Database teamDb;
    private SqliteCallLedger personal;
    private TeamCallLedger teamLedger;
    private boolean teamAway;
    private final AtomicReference<String> fingerprint = new AtomicReference<>();
    private SharedCredits shared;
    private CreditMeter meter;

    @BeforeEach
    void open() {
        personalDb = Database.open(dir.resolve("personal.db"));
        teamDb = Database.open(dir.resolve("team.db"));
        personal = new SqliteCallLedger(personalDb, UTC);
        teamLedger = new TeamCallLedger(teamDb);
        fingerprint.set(KeyFingerprint.of(ApiKey.ofNullable(KEY)));
        Database away = Database.unusable(new StoreException(StoreException.Problem.SERVER_UNREACHABLE,
                "The team database did not answer.", null));
        shared = new SharedCredits(personal,
                () -> Optional.of(teamAway ? new TeamCallLedger(away) : teamLedger),
                () -> Optional.ofNullable(fingerprint.get()), () -> "Sam", Runnable::run, clock);
        meter = new CreditMeter(shared, () -> 100, clock, shared);
    }

    @AfterEach
    void close() {
        personalDb.close();
        teamDb.close();
    }

    private void call() {
        shared.recordCall(URL, clock.instant(), 200);
        shared.afterCall(() -> { });
        clock.advance(Duration.ofSeconds(1));
    }

    private void colleague(String member, int calls) {
        List<TeamCallLedger.Call> list = new ArrayList<>();
        for (int i = 1; i <= calls; i++) {
            list.add(new TeamCallLedger.Call(i, clock.instant().minusSeconds(i), 200));
        }
        teamLedger.add(fingerprint.get(), member, list);
    }

    @Test
    void theMeterCountsTheTeamsMonthAndWhoSpentWhat() {
        colleague("Dana", 12);
        colleague("Kim", 5);
        call();
        call();
        call();

        CreditStatus s = meter.status();
        assertThat(s.scope()).isEqualTo(CreditStatus.Scope.TEAM);
        assertThat(s.used()).isEqualTo(20);
        assertThat(s.remaining()).isEqualTo(80);
        assertThat(s.warning()).isFalse();
        assertThat(s.text()).isEqualTo("Team credits this month: 20 of 100");
        assertThat(s.members()).containsExactly(new CreditStatus.MemberCredits("Dana", 12, false),
                new CreditStatus.MemberCredits("Kim", 5, false), new CreditStatus.MemberCredits("Sam", 3, true));
        assertThat(s.breakdown()).isEqualTo("Dana 12 · Kim 5 · you 3");
        // Nothing is lost: this computer's ledger keeps its own three.
        assertThat(personal.callsInMonth(java.time.YearMonth.of(2025, 2))).isEqualTo(3);
    }

    @Test
    void withoutATeamKeyCreditsStayPersonalAndNothingIsSent() {
        fingerprint.set(null);
        colleague0();
        call();
        call();

        CreditStatus s = meter.status();
        assertThat(s.scope()).isEqualTo(CreditStatus.Scope.PERSONAL);
        assertThat(s.used()).isEqualTo(2);
        assertThat(s.members()).isEmpty();
        assertThat(rows(teamDb, "SELECT count(*) FROM team_api_calls")).isEqualTo(1); // the colleague's only
    }

    /** A colleague's call with the key, recorded before this computer's key stopped being the team's. */
    private void colleague0() {
        teamLedger.add(KeyFingerprint.of(ApiKey.ofNullable(KEY)), "Dana",
                List.of(new TeamCallLedger.Call(1, clock.instant(), 200)));
    }

    @Test
    void whenTheTeamDatabaseIsAwayTheMeterShowsYoursAndSaysSo() {
        colleague("Dana", 12);
        teamAway = true;
        call();
        call();

        CreditStatus s = meter.status();
        assertThat(s.scope()).isEqualTo(CreditStatus.Scope.TEAM_UNAVAILABLE);
        assertThat(s.used()).isEqualTo(2);
        assertThat(s.text()).isEqualTo("Credits this month: 2 of 100");
    }

    @Test
    void callsMadeWhileAwayAreSentLaterAndNothingIsCountedTwice() {
        call(); // sent at once
        teamAway = true;
        call();
        call();
        assertThat(rows(teamDb, "SELECT count(*) FROM team_api_calls")).isEqualTo(1);

        teamAway = false;
        call(); // the next successful write sends the two missed ones too
        assertThat(rows(teamDb, "SELECT count(*) FROM team_api_calls")).isEqualTo(4);

        // Sending again (the watermark set back, as after a crash between the insert and the watermark) adds nothing.
        personal.markSent(fingerprint.get(), 0);
        personalDb.write("set the watermark back", c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE team_calls_sent SET last_call_id = 0");
            }
            return null;
        });
        assertThat(shared.sendPending()).isTrue();
        assertThat(rows(teamDb, "SELECT count(*) FROM team_api_calls")).isEqualTo(4);
        assertThat(meter.status().used()).isEqualTo(4);
    }

    @Test
    void afterAFailedReadTheMeterDoesNotWaitForTheServerAgainAtOnce() {
        teamAway = true;
        call();
        teamAway = false; // the server is back, but the meter does not know yet
        assertThat(meter.status().scope()).isEqualTo(CreditStatus.Scope.TEAM_UNAVAILABLE);

        clock.advance(SharedCredits.COOL_DOWN);
        CreditStatus s = meter.status();
        assertThat(s.scope()).isEqualTo(CreditStatus.Scope.TEAM);
        assertThat(s.used()).isEqualTo(1); // the call made while away, sent by the read
    }

    @Test
    void aDifferentKeyIsNeverMixedIn() {
        call();
        call();
        fingerprint.set(KeyFingerprint.of(ApiKey.ofNullable("sk-someone-elses-key")));
        call();

        assertThat(meter.status().used()).isEqualTo(1);
        fingerprint.set(KeyFingerprint.of(ApiKey.ofNullable(KEY)));
        assertThat(meter.status().used()).isEqualTo(2);
    }

    @Test
    void theFingerprintIsNotTheKeyAndTheKeyIsStoredNowhere() throws Exception {
        String fp = KeyFingerprint.of(ApiKey.ofNullable(KEY));
        assertThat(fp).hasSize(16).matches("[0-9a-f]{16}").isNotEqualTo(KEY).doesNotContain(KEY);
        assertThat(fp).isEqualTo(KeyFingerprint.of(ApiKey.ofNullable(KEY)))
                .isNotEqualTo(KeyFingerprint.of(ApiKey.ofNullable(KEY + "x")));

        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() + " " + r.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            call();
            teamAway = true;
            call(); // fails: logged
            meter.status();
        } finally {
            root.removeHandler(capture);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(KEY));
        personalDb.close();
        teamDb.close();
        StringBuilder everything = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(everything.toString()).doesNotContain(KEY).contains(fp);
        personalDb = Database.open(dir.resolve("personal.db"));
        teamDb = Database.open(dir.resolve("team.db"));
    }

    private static int rows(Database db, String sql) {
        return db.read("count", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }
}
