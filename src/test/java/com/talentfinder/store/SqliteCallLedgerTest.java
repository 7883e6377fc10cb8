package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCallLedgerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String URL = "https://api.parse.bot/scraper/abc";

    @TempDir
    Path dir;

    private SqliteCallLedger ledger(ZoneId zone) {
        return new SqliteCallLedger(Database.open(dir.resolve("t.db")), zone);
    }

    @Test
    void callsEitherSideOfLocalMidnightCountInTheirOwnMonth() {
        SqliteCallLedger ledger = ledger(BERLIN);
        // In UTC both calls fall on 31 January; in Berlin they are in different months.
        ledger.recordCall(URL, LocalDateTime.parse("2025-01-31T23:59").atZone(BERLIN).toInstant(), 200);
        ledger.recordCall(URL, LocalDateTime.parse("2025-02-01T00:01").atZone(BERLIN).toInstant(), 200);

        assertThat(ledger.callsInMonth(YearMonth.of(2025, 1))).isEqualTo(1);
        assertThat(ledger.callsInMonth(YearMonth.of(2025, 2))).isEqualTo(1);
    }

    @Test
    void theFirstInstantOfAMonthBelongsToIt() {
        SqliteCallLedger ledger = ledger(BERLIN);
        ledger.recordCall(URL, LocalDateTime.parse("2025-03-01T00:00").atZone(BERLIN).toInstant(), 200);
        assertThat(ledger.callsInMonth(YearMonth.of(2025, 2))).isZero();
        assertThat(ledger.callsInMonth(YearMonth.of(2025, 3))).isEqualTo(1);
    }

    @Test
    void failedCallsCountToo() {
        SqliteCallLedger ledger = ledger(ZoneId.of("UTC"));
        var at = LocalDateTime.parse("2025-05-10T12:00").atZone(ZoneId.of("UTC")).toInstant();
        ledger.recordCall(URL, at, 200);
        ledger.recordCall(URL, at, 429);
        ledger.recordCall(URL, at, 0);
        assertThat(ledger.callsInMonth(YearMonth.of(2025, 5))).isEqualTo(3);
    }

    @Test
    void anEmptyMonthHasNoCalls() {
        assertThat(ledger(BERLIN).callsInMonth(YearMonth.of(2030, 12))).isZero();
    }

    @Test
    void onlyCallsWithTheTeamKeyAfterTheWatermarkAreUnsent() {
        SqliteCallLedger ledger = ledger(ZoneId.of("UTC"));
        var at = LocalDateTime.parse("2025-05-10T12:00").atZone(ZoneId.of("UTC")).toInstant();
        ledger.recordCall(URL, at, 200); // personal: never sent
        ledger.recordCall(URL, at, 200, "aaaaaaaaaaaaaaaa");
        ledger.recordCall(URL, at.plusSeconds(1), 429, "aaaaaaaaaaaaaaaa");
        ledger.recordCall(URL, at, 200, "bbbbbbbbbbbbbbbb");

        var unsent = ledger.unsent("aaaaaaaaaaaaaaaa", 10);
        assertThat(unsent).extracting(TeamCallLedger.Call::httpStatus).containsExactly(200, 429);
        ledger.markSent("aaaaaaaaaaaaaaaa", unsent.get(0).localId());
        assertThat(ledger.unsent("aaaaaaaaaaaaaaaa", 10)).singleElement()
                .satisfies(c -> assertThat(c.localId()).isEqualTo(unsent.get(1).localId()));
        ledger.markSent("aaaaaaaaaaaaaaaa", 0); // never goes back
        assertThat(ledger.unsent("aaaaaaaaaaaaaaaa", 10)).hasSize(1);
        assertThat(ledger.unsent("bbbbbbbbbbbbbbbb", 10)).hasSize(1);
        assertThat(ledger.callsInMonth(YearMonth.of(2025, 5))).isEqualTo(4);
    }
}
