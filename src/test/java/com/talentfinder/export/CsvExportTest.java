package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final ExportSpec SPEC = new ExportSpec("List", ExportColumn.forShortlist(),
            Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);

    private static byte[] export(ExportSpec spec, ExportRow... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<ExportRow> it = List.of(rows).iterator();
        ShortlistExporter.write(ExportFormat.CSV, out, spec, it);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String cell(CSVRecord r, ExportColumn c) {
        return r.get(ExportColumn.forShortlist().indexOf(c));
    }

    @Test
    void startsWithAUtf8ByteOrderMark() throws Exception {
        byte[] bytes = export(SPEC, Rows.plainEntry());

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void endsRecordsWithCrLfAndQuotesCommasQuotesAndNewlines() throws Exception {
        String text = new String(export(SPEC, Rows.hostileEntry()), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n").doesNotContain("\"\n");
        assertThat(text).contains("\"Chile, \"\"the long one\"\"\"");
        assertThat(text).contains("\"Line1\nLine2, Chile, \"\"the long one\"\"\"");
        assertThat(parse(text.getBytes(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void neutralisesFormulaTextInEveryColumn() throws Exception {
        CSVRecord row = parse(export(SPEC, Rows.hostileEntry())).get(1);

        assertThat(cell(row, ExportColumn.NAME)).isEqualTo("'" + Rows.HYPERLINK);
        assertThat(cell(row, ExportColumn.TITLE)).isEqualTo("'" + Rows.CMD);
        assertThat(cell(row, ExportColumn.NOTES)).isEqualTo("'" + Rows.SUM);
        assertThat(cell(row, ExportColumn.DESCRIPTION)).isEqualTo("'" + Rows.MINUS);
    }

    @Test
    void keepsNumbersAsNumbersEvenNegativeOnes() throws Exception {
        CSVRecord row = parse(export(SPEC, Rows.hostileEntry(), Rows.plainEntry())).get(2);
        CSVRecord hostile = parse(export(SPEC, Rows.hostileEntry())).get(1);

        assertThat(cell(row, ExportColumn.RATE)).isEqualTo("45.50");
        assertThat(cell(row, ExportColumn.JSS)).isEqualTo("98");
        assertThat(cell(row, ExportColumn.HOURS)).isEqualTo("1200"); // whole hours, rounded down, as on every screen (issue 12)
        assertThat(cell(hostile, ExportColumn.RATE)).isEqualTo("-5.25");
    }

    @Test
    void writesHiddenScoresAndEarningsAsTheWordHidden() throws Exception {
        byte[] bytes = export(SPEC, Rows.hostileEntry());
        CSVRecord row = parse(bytes).get(1);

        assertThat(cell(row, ExportColumn.JSS)).isEqualTo("hidden");
        assertThat(cell(row, ExportColumn.EARNINGS)).isEqualTo("hidden");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("97").doesNotContain("123456");
    }

    @Test
    void includesTheShortlistColumns() throws Exception {
        CSVRecord row = parse(export(SPEC, Rows.hostileEntry())).get(1);

        assertThat(cell(row, ExportColumn.STATUS)).isEqualTo("Contacted");
        assertThat(cell(row, ExportColumn.RATING)).isEqualTo("4");
        assertThat(cell(row, ExportColumn.TAGS)).isEqualTo("a b, vip");
        assertThat(cell(row, ExportColumn.SAVED_AT)).isEqualTo("2025-02-03 04:05");
    }

    @Test
    void writesOnlyTheChosenColumnsInTheirOrder() throws Exception {
        ExportSpec spec = new ExportSpec("List", ExportColumn.parseList("rate, name"), SPEC.exportedAt(), SPEC.zone());

        List<CSVRecord> rows = parse(export(spec, Rows.plainEntry()));

        assertThat(rows.get(0).toList()).containsExactly("Hourly rate", "Name");
        assertThat(rows.get(1).toList()).containsExactly("45.50", "Ada Lovelace");
    }

    @Test
    void resultsExportsLeaveOutTheShortlistColumns() {
        assertThat(SPEC.withoutEntryColumns().columns())
                .doesNotContain(ExportColumn.STATUS, ExportColumn.RATING, ExportColumn.NOTES, ExportColumn.TAGS,
                        ExportColumn.SAVED_AT)
                .contains(ExportColumn.NAME, ExportColumn.JSS);
    }
}
