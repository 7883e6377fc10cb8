package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's credit ledger (issue 16, a team key) on SQLite; {@link TeamCallLedgerOnPostgresTest} on a server. */
class TeamCallLedgerTest {

    static final String KEY_A = "0123456789abcdef";
    static final String KEY_B = "fedcba9876543210";
    static final Instant FEB = Instant.parse("2025-02-01T00:00:00Z");
    static final Instant MAR = Instant.parse("2025-03-01T00:00:00Z");

    Database openDatabase(Path folder) {
        return Database.open(folder.resolve("team.db"));
    }

    @TempDir
    Path dir;
    Database db;
    TeamCallLedger ledger;

    @BeforeEach
    void open() {
        db = openDatabase(dir);
        ledger = new TeamCallLedger(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TeamCallLedger.Call call(long id, String at) {
        return new TeamCallLedger.Call(id, Instant.parse(at), 200);
    }

    @Test
    void countsEachMembersCallsMostFirst() {
        ledger.add(KEY_A, "Sam", List.of(call(1, "2025-02-03T10:00:00Z"), call(2, "2025-02-03T11:00:00Z")));
        ledger.add(KEY_A, "Dana", List.of(call(1, "2025-02-04T10:00:00Z"), call(2, "2025-02-04T10:00:01Z"),
                call(3, "2025-02-05T10:00:00Z")));
        ledger.add(KEY_A, "Kim", List.of(call(7, "2025-02-06T10:00:00Z")));

        assertThat(ledger.callsByMember(KEY_A, FEB, MAR)).containsExactly(
                new TeamCallLedger.MemberCalls("Dana", 3), new TeamCallLedger.MemberCalls("Sam", 2),
                new TeamCallLedger.MemberCalls("Kim", 1));
    }

    @Test
    void sendingTheSameCallsAgainCountsNothingTwice() {
        List<TeamCallLedger.Call> calls = List.of(call(1, "2025-02-03T10:00:00Z"), call(2, "2025-02-03T11:00:00Z"));
        assertThat(ledger.add(KEY_A, "Sam", calls)).isEqualTo(2);
        assertThat(ledger.add(KEY_A, "Sam", calls)).isZero();
        assertThat(ledger.add(KEY_A, "Sam", List.of(calls.get(1), call(3, "2025-02-03T12:00:00Z")))).isEqualTo(1);

        assertThat(ledger.callsByMember(KEY_A, FEB, MAR)).containsExactly(new TeamCallLedger.MemberCalls("Sam", 3));
    }

    @Test
    void twoMembersWithTheSameLocalIdsBothCount() {
        ledger.add(KEY_A, "Sam", List.of(call(1, "2025-02-03T10:00:00Z")));
        ledger.add(KEY_A, "Dana", List.of(call(1, "2025-02-03T10:00:00Z")));

        assertThat(ledger.callsByMember(KEY_A, FEB, MAR)).extracting(TeamCallLedger.MemberCalls::calls)
                .containsExactly(1, 1);
    }

    @Test
    void anotherKeyAndAnotherMonthNeverMixIn() {
        ledger.add(KEY_A, "Sam", List.of(call(1, "2025-02-03T10:00:00Z"), call(2, "2025-01-31T23:59:59Z"),
                call(3, "2025-03-01T00:00:00Z")));
        ledger.add(KEY_B, "Sam", List.of(call(4, "2025-02-03T10:00:00Z")));

        assertThat(ledger.callsByMember(KEY_A, FEB, MAR)).containsExactly(new TeamCallLedger.MemberCalls("Sam", 1));
        assertThat(ledger.callsByMember(KEY_B, FEB, MAR)).containsExactly(new TeamCallLedger.MemberCalls("Sam", 1));
        assertThat(ledger.callsByMember("not-a-key-at-all", FEB, MAR)).isEmpty();
    }

    @Test
    void aMemberNameFromTheDatabaseIsCleaned() {
        ledger.add(KEY_A, "Sam\u001b[31m\nEvil", List.of(call(1, "2025-02-03T10:00:00Z")));

        assertThat(ledger.callsByMember(KEY_A, FEB, MAR)).singleElement()
                .satisfies(m -> assertThat(m.member()).doesNotContain("\n", "\u001b"));
    }

    @Test
    void theTeamTableHasNoColumnForTheKey() throws Exception {
        ledger.add(KEY_A, "Sam", List.of(call(1, "2025-02-03T10:00:00Z")));
        List<String> columns = db.read("columns", (Connection c) -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM team_api_calls")) {
                List<String> names = new java.util.ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
                return names;
            }
        });
        assertThat(columns).containsExactly("key_fingerprint", "member", "local_call_id", "called_at", "http_status");
    }
}
