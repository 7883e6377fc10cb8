package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The CSV writer's cache of formatted saved dates gives what the formatter gives, for every instant. */
class CsvDateCellsTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static void sameAsTheFormatter(ZoneId zone, Instant from, int seconds, int step) {
        CsvRowWriter.DateCells cells = new CsvRowWriter.DateCells(zone);
        for (int s = 0; s < seconds; s += step) {
            Instant i = from.plusSeconds(s).plusNanos(s % 3 * 400_000_000L);
            assertThat(cells.text(i)).as("%s in %s", i, zone).isEqualTo(DATE.format(i.atZone(zone)));
        }
    }

    @Test
    void anOffsetWithSecondsMovesTheMinutesBoundary() {
        // Amsterdam kept +00:19:32 until 1937: its local minutes start 32 s into a UTC minute.
        sameAsTheFormatter(ZoneId.of("Europe/Amsterdam"), Instant.parse("1903-05-01T10:00:00Z"), 600, 1);
        sameAsTheFormatter(ZoneOffset.ofHoursMinutesSeconds(-3, -7, -11), Instant.parse("2026-01-01T00:00:00Z"), 600, 1);
    }

    @Test
    void summerTimeChangesAndBackwardsInTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        sameAsTheFormatter(berlin, Instant.parse("2025-03-30T00:55:00Z"), 900, 1);
        sameAsTheFormatter(berlin, Instant.parse("2025-10-26T00:55:00Z"), 900, 1);
        CsvRowWriter.DateCells cells = new CsvRowWriter.DateCells(berlin);
        for (long s = 1_800_000_000L; s > 1_700_000_000L; s -= 977_777L) {
            Instant i = Instant.ofEpochSecond(s);
            assertThat(cells.text(i)).isEqualTo(DATE.format(i.atZone(berlin)));
        }
    }
}
