package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The hand-written CSV writer quotes exactly as Commons CSV's RFC 4180 printer does. */
class CsvQuotingTest {

    private static final List<String> AWKWARD = List.of("", " ", "plain", "two words", "trailing ", " leading",
            "a,b", "say \"hi\"", "\"", "line\nbreak", "cr\rhere", "#hash", "!bang", "tab\tinside", "ends\t",
            "'=quoted", "über", "日本語", "a\"\"b", ",", "x,", "$5", "%", "&", "0", "-", "=1+2");

    @Test
    void everyFieldIsQuotedLikeCommonsCsv() throws Exception {
        for (String first : AWKWARD) {
            for (String second : AWKWARD) {
                assertThat(ours(first, second)).as("%s | %s", first, second).isEqualTo(commons(first, second));
            }
        }
    }

    @Test
    void aWholeExportMatchesCommonsCsvByteForByte() throws Exception {
        ExportSpec spec = new ExportSpec("List", List.of(ExportColumn.NAME), Instant.EPOCH, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvRowWriter w = new CsvRowWriter(bytes, spec)) {
            assertThat(w.rows()).isZero();
        }
        StringWriter expected = new StringWriter();
        expected.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(expected, CSVFormat.RFC4180)) {
            p.printRecord("Name");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    private static String commons(String first, String second) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord(first, second);
        }
        return out.toString();
    }

    private static String ours(String first, String second) {
        List<String> fields = new ArrayList<>(List.of(first, second));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String v = fields.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (CsvRowWriter.needsQuotes(v, i == 0)) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }
}
