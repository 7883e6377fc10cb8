package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ExportRow;
import com.talentfinder.export.ExportSpec;
import com.talentfinder.export.ShortlistExporter;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 11 (9): exports a manager can read: blank for "not rated", "$15,000+" kept, columns in reading order. */
class ExportColumnsTest {

    private static final Instant SAVED = Instant.parse("2025-02-03T04:05:06Z");

    private static Freelancer earning(String earnings) {
        Freelancer f = Samples.freelancer("~01a", "Ada Lovelace");
        return new Freelancer(f.id(), f.name(), f.title(), f.description(), f.profileUrl(), f.portraitUrl(),
                f.hourlyRate(), f.currency(), f.country(), f.state(), f.city(), "UTC+02:00 Israel", f.skills(),
                f.jobSuccessScore(), false, earnings == null ? null : new BigDecimal(earnings), false,
                f.totalHours(), f.totalCompletedJobs(), false, false, false, true);
    }

    private static List<CSVRecord> csv(ExportRow... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShortlistExporter.write(ExportFormat.CSV, out, new ExportSpec("List", ExportColumn.forShortlist(),
                SAVED, ZoneOffset.UTC), List.of(rows).iterator());
        String text = out.toString(StandardCharsets.UTF_8).substring(1); // after the byte order mark
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String cell(CSVRecord r, ExportColumn c) {
        return r.get(ExportColumn.forShortlist().indexOf(c));
    }

    private static ExportRow entry(Freelancer f, int rating) {
        return ExportRow.of(new ShortlistEntry(1, f, SAVED, EntryStatus.NEW, rating, "call Monday", List.of(), null));
    }

    @Test
    void notRatedIsBlankNotZero() throws Exception {
        List<CSVRecord> rows = csv(entry(earning("15000"), 0), entry(earning("15000"), 3));

        assertThat(cell(rows.get(1), ExportColumn.RATING)).isEmpty();
        assertThat(cell(rows.get(2), ExportColumn.RATING)).isEqualTo("3");
    }

    @Test
    void earningsKeepTheirMoreThanMeaning() throws Exception {
        List<CSVRecord> rows = csv(entry(earning("15000"), 0), entry(earning("0"), 0), entry(earning(null), 0));

        assertThat(cell(rows.get(1), ExportColumn.EARNINGS)).isEqualTo("15000");
        assertThat(cell(rows.get(1), ExportColumn.EARNINGS_NOTE)).isEqualTo("more than $15,000");
        assertThat(cell(rows.get(2), ExportColumn.EARNINGS_NOTE)).isEqualTo("more than $0");
        assertThat(cell(rows.get(3), ExportColumn.EARNINGS_NOTE)).isEmpty();
        assertThat(rows.get(0).toList()).contains("Total earned (USD, at least)", "Earnings as shown");
    }

    @Test
    void writesTheLocalTimeZone() throws Exception {
        CSVRecord row = csv(entry(earning("1"), 0)).get(1);

        assertThat(cell(row, ExportColumn.LOCAL_TIME)).isEqualTo("UTC+02:00 Israel");
    }

    @Test
    void columnsComeInTheOrderAManagerReadsThem() {
        List<ExportColumn> all = ExportColumn.forShortlist();

        assertThat(all.subList(0, 8)).containsExactly(ExportColumn.NAME, ExportColumn.STATUS, ExportColumn.RATING,
                ExportColumn.RATE, ExportColumn.CURRENCY, ExportColumn.COUNTRY, ExportColumn.LOCAL_TIME,
                ExportColumn.JSS);
        List<ExportColumn> defaults = all.stream().filter(ExportViewModel.DEFAULTS::contains).toList();
        assertThat(defaults.get(defaults.size() - 1)).isEqualTo(ExportColumn.NOTES);
        assertThat(ExportViewModel.DEFAULTS).contains(ExportColumn.COUNTRY, ExportColumn.LOCAL_TIME,
                ExportColumn.EARNINGS_NOTE);
    }
}
