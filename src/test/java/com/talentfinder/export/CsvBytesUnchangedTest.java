package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.demo.DemoDataset;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV writer's output, byte for byte, on a fixture of every column with awkward text and numbers of every
 * size, against {@code csv-golden.csv}: the same fixture written by the writer before the export was made faster
 * (main at the merge of issue 12, with its score column). Regenerate only for an intended change of the output, with
 * {@code -Dcsv.golden.write=<path to the resource>}.
 */
class CsvBytesUnchangedTest {

    private static final String GOLDEN = "csv-golden.csv";

    static List<ExportRow> fixture() {
        List<ExportRow> rows = new ArrayList<>();
        rows.add(Rows.hostileEntry());
        rows.add(Rows.plainEntry());
        double[] hours = {0, 0.001, 0.0001, 1e-7, 1.5, 1390.45, 9_999_999.5, 10_000_000, 1.2345678e9, 123.0};
        String[] rates = {"0", "0.00", "35.50", "1E+1", "123456789.123456789", "0.000001", "1e-20", "9999"};
        String[] texts = {"", " lead", "trail ", "=1+2", "-5", "@x", "\t tab", "semi;colon", "a,b", "say \"hi\"",
            "line\r\nbreak", "über 日本語 😀", "#hash", "'quoted", "\uFF1Dwide"};
        for (int i = 0; i < 40; i++) {
            String text = texts[i % texts.length];
            // one row longer than the buffer the writer keeps between rows
            String description = i == 7 ? "y".repeat(70_000) : text + " description";
            Freelancer f = new Freelancer("~01row" + i, "Name " + text, text, description,
                    "https://www.upwork.com/freelancers/~01row" + i, null, new BigDecimal(rates[i % rates.length]),
                    i % 3 == 0 ? "USD" : "EUR", text, null, "City", "UTC+01:00", List.of("React", text, "Go"),
                    i % 5 == 0 ? null : 90 + i % 10, i % 7 == 0, new BigDecimal(rates[(i + 3) % rates.length]),
                    i % 4 == 0, hours[i % hours.length], i % 6 == 0 ? null : i * 3, i % 2 == 0, i % 3 == 0,
                    i % 5 == 0, i % 2 == 1);
            rows.add(ExportRow.of(new ShortlistEntry(1, f, Instant.ofEpochSecond(1_700_000_000L + i * 86_413L),
                    EntryStatus.values()[i % EntryStatus.values().length], i % 6, text, List.of("t" + i, text),
                    null)));
        }
        DemoDataset.shared().entries().stream().limit(200).forEach(e -> {
            com.fasterxml.jackson.databind.node.ObjectNode o = e.toJson().deepCopy();
            o.set("id", o.get("ciphertext"));
            rows.add(ExportRow.of(com.talentfinder.cleaning.FreelancerJson.fromJson(o)));
        });
        return rows;
    }

    static byte[] write(List<ExportRow> rows) throws Exception {
        ExportSpec spec = new ExportSpec("Golden", ExportColumn.forShortlist(), Instant.parse("2026-01-15T10:00:00Z"),
                ZoneOffset.ofHours(2));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvRowWriter w = new CsvRowWriter(bytes, spec)) {
            for (ExportRow row : rows) {
                w.write(row);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theOutputIsTheSameBytesAsBeforeTheSpeedUp() throws Exception {
        byte[] now = write(fixture());
        String target = System.getProperty("csv.golden.write");
        if (target != null) {
            Files.write(Path.of(target), now);
        }
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("the golden file").isNotNull();
            golden = in.readAllBytes();
        }
        assertThat(now.length).isEqualTo(golden.length);
        assertThat(now).isEqualTo(golden);
    }

    @Test
    void doublesPrintAsThePlainDecimalOfTheirShortestText() {
        for (double d : new double[] {0, -0.0, 0.001, 0.000999, 1e-7, 1.5, 1390.45, 9_999_999.999, 1e7, 1.2345678e9,
            -2.5, 5e-324, Double.MAX_VALUE}) {
            assertThat(CsvRowWriter.plain(d)).as("%s", d).isEqualTo(BigDecimal.valueOf(d).toPlainString());
        }
    }
}
