package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.domain.Freelancer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports carry each row's ranking score and the formula's version, in CSV, XLSX and JSON. */
class ScoreExportTest {

    @TempDir
    Path dir;

    /** 82.4 for the plain entry, unknown (null) for every other row: as the ranking hands them in. */
    private static final ExportScorer SCORER = new ExportScorer() {
        @Override
        public BigDecimal score(Freelancer f) {
            return f.id().equals(Rows.plainEntry().freelancer().id()) ? new BigDecimal("82.4") : null;
        }

        @Override
        public String formula() {
            return "v1";
        }

        @Override
        public String weights() {
            return "jss=25,earnings=15";
        }
    };

    private static ExportSpec spec(ExportScorer scorer) {
        return new ExportSpec("List", ExportColumn.forShortlist(), Instant.parse("2025-03-01T00:00:00Z"),
                ZoneOffset.UTC, scorer);
    }

    private static byte[] write(ExportFormat format, ExportScorer scorer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShortlistExporter.write(format, out, spec(scorer), List.of(Rows.plainEntry(), Rows.hostileEntry()).iterator());
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String cell(CSVRecord r, ExportColumn c) {
        return r.get(ExportColumn.forShortlist().indexOf(c));
    }

    @Test
    void csvHasAScoreColumnAndTheFormulaVersionOnEveryRow() throws Exception {
        List<CSVRecord> rows = csv(write(ExportFormat.CSV, SCORER));

        assertThat(cell(rows.get(0), ExportColumn.SCORE)).isEqualTo("Score (0-100)");
        assertThat(cell(rows.get(0), ExportColumn.SCORE_FORMULA)).isEqualTo("Score formula");
        assertThat(cell(rows.get(1), ExportColumn.SCORE)).isEqualTo("82.4");
        assertThat(cell(rows.get(1), ExportColumn.SCORE_FORMULA)).isEqualTo("v1");
        // Unknown is blank, never 0; the formula still says which formula found it unknown.
        assertThat(cell(rows.get(2), ExportColumn.SCORE)).isEmpty();
        assertThat(cell(rows.get(2), ExportColumn.SCORE_FORMULA)).isEqualTo("v1");
    }

    @Test
    void withoutAScorerTheScoreColumnsStayBlank() throws Exception {
        List<CSVRecord> rows = csv(write(ExportFormat.CSV, ExportScorer.NONE));
        assertThat(cell(rows.get(1), ExportColumn.SCORE)).isEmpty();
        assertThat(cell(rows.get(1), ExportColumn.SCORE_FORMULA)).isEmpty();
    }

    @Test
    void jsonSaysTheFormulaAndTheWeightsOnceAndEachEntryItsScore() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(ExportFormat.JSON, SCORER));

        assertThat(root.path("score_formula").asText()).isEqualTo("v1");
        assertThat(root.path("score_weights").asText()).isEqualTo("jss=25,earnings=15");
        assertThat(root.path("entries").get(0).path("score").decimalValue()).isEqualByComparingTo("82.4");
        assertThat(root.path("entries").get(1).has("score")).isTrue();
        assertThat(root.path("entries").get(1).path("score").isNull()).isTrue();
    }

    @Test
    void jsonWithoutAScorerHasNoScoreFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(ExportFormat.JSON, ExportScorer.NONE));
        assertThat(root.has("score_formula")).isFalse();
        assertThat(root.path("entries").get(0).has("score")).isFalse();
    }

    @Test
    void xlsxHasTheScoreAsANumberAndTheFormulaVersionAsText() throws Exception {
        Path file = dir.resolve("list.xlsx");
        Files.write(file, write(ExportFormat.XLSX, SCORER));
        String sheet;
        try (ZipFile zip = new ZipFile(file.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String scoreColumn = columnLetter(ExportColumn.forShortlist().indexOf(ExportColumn.SCORE));
        String formulaColumn = columnLetter(ExportColumn.forShortlist().indexOf(ExportColumn.SCORE_FORMULA));

        assertThat(sheet).containsPattern("<c r=\"" + scoreColumn + "1\"[^>]*>.*?Score \\(0-100\\)");
        assertThat(sheet).containsPattern("<c r=\"" + scoreColumn + "2\"[^>]*><v>82.4</v>");
        assertThat(sheet).containsPattern("<c r=\"" + formulaColumn + "2\"[^>]*>(<is>)?<t>v1</t>");
        assertThat(sheet).doesNotContain("<c r=\"" + scoreColumn + "3\"");
    }

    private static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
