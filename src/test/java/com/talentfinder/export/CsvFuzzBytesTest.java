package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV writer's output, byte for byte, on seeded random rows of hostile text, against {@code csv-fuzz-golden.csv}:
 * the same rows written by the writer of session 5 (before the cells were written straight into the row). Lone and
 * split surrogates, formula starts in the first skill or tag, quotes, separators and line breaks anywhere, cells
 * cut at the cell limit inside a surrogate pair, numbers of every scale, saved dates in the same minute and in a
 * zone whose old offset has seconds (Amsterdam before 1937), and an order of columns with a list column first.
 * Regenerate only for an intended change of the output, with {@code -Dcsv.fuzz.golden.write=<path>}.
 */
class CsvFuzzBytesTest {

    private static final String GOLDEN = "csv-fuzz-golden.csv";
    private static final String[] PIECES = {"", " ", "a", "Go", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"",
        "\"\"", ",", ";", "#", "'", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u0000",
        "ü", "日本", "\u2028", "\u001f", "x y", "React", "=HYPERLINK(\"http://e.example\")", "ﬀ", "\u00a0"};
    private static final String[] DECIMALS = {"0", "-0", "0.00", "35.50", "1E+1", "1E+5", "-2E+3", "123456789.123456789",
        "0.000001", "1e-20", "9999", "1E+19", "1E+21", "1E-41", "5E-40", "-7.25", "100"};

    private static String text(Random r) {
        int n = r.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String maybe(Random r) {
        return r.nextInt(8) == 0 ? null : text(r);
    }

    private static List<String> list(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.add(text(r));
        }
        return out;
    }

    /** A cell exactly at, or one past, the cell limit, with a surrogate pair across the cut. */
    private static String longText(Random r) {
        int lead = SpreadsheetText.MAX_CELL_LENGTH - 1 - r.nextInt(3);
        return (r.nextBoolean() ? "=" : "x").repeat(1) + "y".repeat(lead - 1) + "\uD83D\uDE00" + "tail";
    }

    static List<ExportRow> fixture() {
        Random r = new Random(20261202L);
        List<ExportRow> rows = new ArrayList<>();
        long saved = -2_100_000_000L; // 1903, when Amsterdam's offset was +00:19:32
        for (int i = 0; i < 600; i++) {
            boolean big = i % 199 == 5;
            List<String> skills = big ? List.of(longText(r), "Go") : list(r);
            Freelancer f = new Freelancer("~01fuzz" + i, maybe(r), big ? longText(r) : maybe(r), maybe(r),
                    "https://www.upwork.com/freelancers/~01fuzz" + i, null,
                    r.nextInt(6) == 0 ? null : new BigDecimal(DECIMALS[r.nextInt(DECIMALS.length)]), maybe(r),
                    maybe(r), maybe(r), maybe(r), maybe(r), skills, r.nextInt(5) == 0 ? null : r.nextInt(101),
                    r.nextInt(9) == 0, r.nextInt(6) == 0 ? null : new BigDecimal(DECIMALS[r.nextInt(DECIMALS.length)]),
                    r.nextInt(9) == 0, r.nextInt(6) == 0 ? null : r.nextDouble() * Math.pow(10, r.nextInt(12) - 4),
                    r.nextInt(6) == 0 ? null : r.nextInt(2_000) - 5, r.nextBoolean(), r.nextBoolean(),
                    r.nextBoolean(), r.nextBoolean());
            // Runs of saves in the same minute and second, then jumps (some of years).
            saved += switch (r.nextInt(4)) {
                case 0 -> 0;
                case 1 -> r.nextInt(59);
                case 2 -> r.nextInt(100_000);
                default -> r.nextInt(200_000_000);
            };
            if (i % 3 == 0) {
                rows.add(ExportRow.of(f));
            } else {
                rows.add(ExportRow.of(new ShortlistEntry(1, f, Instant.ofEpochSecond(saved, r.nextInt(3) * 500_000_000L),
                        EntryStatus.values()[r.nextInt(EntryStatus.values().length)], r.nextInt(6), maybe(r),
                        big ? List.of("=a", "b") : list(r), null)));
            }
        }
        return rows;
    }

    static byte[] write(List<ExportRow> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ExportColumn> listFirst = new ArrayList<>(ExportColumn.forShortlist());
        listFirst.remove(ExportColumn.TAGS);
        listFirst.add(0, ExportColumn.TAGS);
        List<List<ExportColumn>> orders = List.of(ExportColumn.forShortlist(), listFirst,
                List.of(ExportColumn.SKILLS, ExportColumn.SAVED_AT, ExportColumn.RATE));
        for (List<ExportColumn> columns : orders) {
            ExportSpec spec = new ExportSpec("Fuzz", columns, Instant.parse("2026-01-15T10:00:00Z"),
                    ZoneId.of("Europe/Amsterdam"));
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (CsvRowWriter w = new CsvRowWriter(one, spec)) {
                for (ExportRow row : rows) {
                    w.write(row);
                }
            }
            one.writeTo(bytes);
        }
        return bytes.toByteArray();
    }

    @Test
    void hostileRowsGiveTheSameBytesAsTheWriterOfSessionFive() throws Exception {
        byte[] now = write(fixture());
        String target = System.getProperty("csv.fuzz.golden.write");
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
}
