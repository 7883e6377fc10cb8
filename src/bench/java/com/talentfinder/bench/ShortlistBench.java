package com.talentfinder.bench;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ExportRow;
import com.talentfinder.export.ShortlistExporter;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Figure 4: a 50,000-entry shortlist opened through {@link ShortlistRepository} (count plus the first page), and
 * 100,000 entries exported by {@link ShortlistExporter} to CSV and XLSX (every column), against the
 * {@code sqlite3} command-line tool writing the same 100,000 rows (a flat table of the exported values) to CSV.
 */
final class ShortlistBench {

    static final int OPEN_ENTRIES = 50_000;
    static final int EXPORT_ENTRIES = 100_000;
    static final int WARMUP = 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BenchContext ctx;
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    ShortlistBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        Path dir = Files.createTempDirectory(ctx.workDir(), "shortlists");
        try {
            return measure(dir);
        } finally {
            BenchContext.deleteTree(dir);
        }
    }

    private List<Figure> measure(Path dir) throws Exception {
        Database db = Database.open(dir.resolve("talent-finder.db"));
        ShortlistRepository repo = new ShortlistRepository(db, clock);
        List<Freelancer> people = BenchData.freelancers(EXPORT_ENTRIES);
        long t0 = System.nanoTime();
        Shortlist open = fill(repo, "Fifty thousand", people.subList(0, OPEN_ENTRIES));
        Shortlist export = fill(repo, "Hundred thousand", people);
        ctx.log("shortlists filled (150,000 entries) in " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        List<Figure> out = new ArrayList<>();
        out.add(openFigure(db, repo, open));

        Path csv = dir.resolve("export.csv");
        Path xlsx = dir.resolve("export.xlsx");
        // Steady state, as JMH would measure it: the first exports of a run pay for class loading and the JIT
        // (the cold first one is logged, not counted).
        List<Double> csvTimes = new ArrayList<>();
        List<Double> xlsxTimes = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < WARMUP + 3; i++) {
            double ms = timeMs(() -> exportTo(repo, export, ExportFormat.CSV, csv));
            (i < WARMUP ? cold : csvTimes).add(ms);
        }
        for (int i = 0; i < 1 + 2; i++) {
            double ms = timeMs(() -> exportTo(repo, export, ExportFormat.XLSX, xlsx));
            (i < 1 ? cold : xlsxTimes).add(ms);
        }
        ctx.log("export warm-up runs (csv, csv, xlsx) " + cold + " ms; csv runs " + csvTimes + " ms ("
                + Files.size(csv) / 1024 + " KiB), xlsx runs " + xlsxTimes + " ms (" + Files.size(xlsx) / 1024
                + " KiB)");

        String sqlite3 = Display.which("sqlite3");
        if (sqlite3 == null) {
            String why = "sqlite3 not found: install it with apt-get install sqlite3";
            ctx.log(why);
            out.add(new Figure("shortlist.export_csv_100k", Stats.median(csvTimes), "ms", Double.NaN, "ms", 1.5,
                    false, why));
            out.add(Figure.reported("shortlist.export_xlsx_100k", Stats.median(xlsxTimes), "ms", Double.NaN, "ms",
                    why));
            return out;
        }
        Path flat = dir.resolve("flat.db");
        flatTable(repo, export, flat);
        Path sqliteCsv = dir.resolve("sqlite3.csv");
        List<Double> floor = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            floor.add(timeMs(() -> sqliteCsv(sqlite3, flat, sqliteCsv)));
        }
        ctx.log("sqlite3 -csv runs " + floor + " ms (" + Files.size(sqliteCsv) / 1024 + " KiB)");
        double base = Stats.median(floor);
        out.add(Figure.ratio("shortlist.export_csv_100k", Stats.median(csvTimes), "ms", base, "ms", 1.5,
                "median of 3 after 2 warm-up exports; baseline: sqlite3 -csv of a flat table with the same rows and"
                        + " columns"));
        out.add(Figure.reported("shortlist.export_xlsx_100k", Stats.median(xlsxTimes), "ms", base, "ms",
                "median of 2 after 1 warm-up; baseline: sqlite3 -csv (CSV) of the same rows"));
        return out;
    }

    private Shortlist fill(ShortlistRepository repo, String name, List<Freelancer> people) {
        Shortlist list = repo.create(name);
        for (int from = 0; from < people.size(); from += 10_000) {
            repo.add(list.id(), people.subList(from, Math.min(people.size(), from + 10_000)));
        }
        return repo.find(list.id()).orElseThrow();
    }

    private Figure openFigure(Database db, ShortlistRepository repo, Shortlist list) throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        String url = "jdbc:sqlite:" + db.file().toAbsolutePath();
        for (int i = 0; i < 6; i++) {
            double a = timeMs(() -> {
                int n = repo.count(list.id(), EntryQuery.all());
                int page = repo.entries(list.id(), EntryQuery.all()).size();
                if (n != OPEN_ENTRIES || page != EntryQuery.DEFAULT_LIMIT) {
                    throw new IllegalStateException("opened " + n + " / " + page);
                }
            });
            double b = timeMs(() -> rawOpen(url, list.id()));
            if (i > 0) {
                app.add(a);
                raw.add(b);
            }
        }
        ctx.log("open runs " + app + " ms, raw JDBC " + raw + " ms");
        return Figure.reported("shortlist.open_50k", Stats.median(app), "ms", Stats.median(raw), "ms",
                "count + first page of 100 through ShortlistRepository; baseline: the same two queries in plain JDBC"
                        + " reading the raw columns");
    }

    private static void rawOpen(String url, long listId) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM shortlist_entry e WHERE e.shortlist_id = ? AND e.removed_at IS NULL")) {
                ps.setLong(1, listId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.snapshot_json, e.saved_at, e.status, e.rating,"
                    + " e.notes FROM shortlist_entry e WHERE e.shortlist_id = ? AND e.removed_at IS NULL"
                    + " ORDER BY e.saved_at DESC, e.sort_name ASC, e.id ASC LIMIT 100")) {
                ps.setLong(1, listId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        }
    }

    private void exportTo(ShortlistRepository repo, Shortlist list, ExportFormat format, Path target)
            throws Exception {
        long rows = ShortlistExporter.exportShortlist(list.name(),
                sink -> repo.forEachEntry(list.id(), EntryQuery.all(), sink), format,
                ExportColumn.forShortlist(), target, clock);
        if (rows != EXPORT_ENTRIES) {
            throw new IllegalStateException("exported " + rows);
        }
    }

    /** The exported values, one row per entry in export order, as a plain table (numbers and dates as text). */
    private void flatTable(ShortlistRepository repo, Shortlist list, Path file) throws Exception {
        List<ExportColumn> columns = ExportColumn.forShortlist();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            StringJoiner cols = new StringJoiner(", ");
            StringJoiner marks = new StringJoiner(", ");
            for (ExportColumn col : columns) {
                cols.add("\"" + col.key() + "\" TEXT");
                marks.add("?");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE export_rows (" + cols + ")");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_rows VALUES (" + marks + ")")) {
                repo.forEachEntry(list.id(), EntryQuery.all(), entry -> {
                    try {
                        ExportRow row = ExportRow.of(entry);
                        for (int i = 0; i < columns.size(); i++) {
                            ps.setString(i + 1, text(columns.get(i).valueOf(row)));
                        }
                        ps.addBatch();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (v instanceof Instant i) {
            return DATE.format(i.atZone(clock.getZone()));
        }
        return v.toString();
    }

    private static void sqliteCsv(String sqlite3, Path db, Path out) throws Exception {
        Process p = new ProcessBuilder(sqlite3, "-csv", "-header", db.toString(),
                "SELECT * FROM export_rows ORDER BY rowid")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed");
        }
    }

    interface Timed {
        void run() throws Exception;
    }

    static double timeMs(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

}
