package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Insight tables: numbers stay numbers, text cannot become a formula, the notes (caveat) come last. */
class ReportTableTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private final ReportTable table = new ReportTable("Market rates", List.of("Keyword", "n", "Median"),
            List.of(Arrays.asList("=HYPERLINK(\"http://x\")", 12, new BigDecimal("23.50")),
                    Arrays.asList("vue, \"js\"", 3, null)),
            List.of("These are asking rates, not rates paid.", "Fetched 2026-12-02 09:00 UTC."));

    @Test
    void csvQuotesNeutralisesAndEndsWithTheNotes() throws Exception {
        StringWriter out = new StringWriter();
        table.writeCsv(out);
        assertThat(out.toString()).isEqualTo("Keyword,n,Median\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",12,23.50\r\n"
                + "\"vue, \"\"js\"\"\",3,\r\n"
                + "\r\n"
                + "\"These are asking rates, not rates paid.\"\r\n"
                + "Fetched 2026-12-02 09:00 UTC.\r\n");
    }

    @Test
    void csvFileStartsWithAByteOrderMark() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.writeCsvFile(bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFKeyword,n,Median\r\n");
    }

    @Test
    void xlsxHoldsNumbersTextAndTheCaveatButNoFormula() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.writeXlsx(bytes);
        java.nio.file.Path file = dir.resolve("t.xlsx");
        java.nio.file.Files.write(file, bytes.toByteArray());
        StringBuilder sheet = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheet.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(sheet).contains("not rates paid").contains("<v>12</v>").contains("<v>23.50</v>")
                .doesNotContain("<f>");
    }
}
