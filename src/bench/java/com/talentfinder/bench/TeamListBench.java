package com.talentfinder.bench;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistCopy;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 7 (issue 16): a 50,000-entry team list opened on PostgreSQL (count plus the first page of 100 through
 * {@link ShortlistRepository}, as the shortlist screen opens it) against the same list opened on SQLite. The
 * server is the embedded PostgreSQL 14 of the tests ({@link TeamDatabaseServer}, on loopback, fsync off), or the
 * one {@code TALENT_FINDER_TEST_DB_URL} names. The list gets there through "Copy my shortlists to the team
 * database" ({@link ShortlistCopy}), whose time is reported too (with the copying thread's CPU time and the load
 * average, as the machine may be busy).
 *
 * <p>{@code main} runs this figure alone: {@code java -cp <test classpath> com.talentfinder.bench.TeamListBench}.
 */
final class TeamListBench {

    static final int ENTRIES = 50_000;
    private final BenchContext ctx;
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    TeamListBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        Path dir = Files.createTempDirectory(ctx == null ? Path.of(System.getProperty("java.io.tmpdir"))
                : ctx.workDir(), "team");
        try {
            return measure(dir);
        } finally {
            BenchContext.deleteTree(dir);
        }
    }

    private List<Figure> measure(Path dir) throws Exception {
        ShortlistRepository sqlite = new ShortlistRepository(Database.open(dir.resolve("talent-finder.db")), clock);
        List<Freelancer> people = BenchData.freelancers(ENTRIES);
        Shortlist list = sqlite.create("Fifty thousand");
        for (int from = 0; from < people.size(); from += 10_000) {
            sqlite.add(list.id(), people.subList(from, Math.min(people.size(), from + 10_000)));
        }
        list = sqlite.find(list.id()).orElseThrow();

        long t0 = System.nanoTime();
        Database teamDb = TeamDatabaseServer.openFresh();
        log("team database ready (server start + migrations) in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        try {
            ShortlistRepository team = new ShortlistRepository(teamDb, clock);
            Shortlist source = list;
            String loadBefore = loadAverage();
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            double copyMs = ShortlistBench.timeMs(() -> {
                ShortlistCopy.Result r = ShortlistCopy.copy(sqlite, source, team);
                if (r.added() != ENTRIES) {
                    throw new IllegalStateException("copied " + r.added());
                }
            });
            long cpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0)
                    / 1_000_000;
            log("copied 50,000 entries to PostgreSQL in " + Math.round(copyMs) + " ms (copying thread CPU " + cpuMs
                    + " ms; load average " + loadBefore + " before, " + loadAverage() + " after)");
            Shortlist teamList = team.findByName(list.name()).orElseThrow();

            List<Double> pg = new ArrayList<>();
            List<Double> lite = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                double a = ShortlistBench.timeMs(() -> open(team, teamList));
                double b = ShortlistBench.timeMs(() -> open(sqlite, source));
                if (i > 1) {
                    pg.add(a);
                    lite.add(b);
                }
            }
            log("open runs on PostgreSQL " + pg + " ms, on SQLite " + lite + " ms");
            List<Figure> out = new ArrayList<>();
            out.add(Figure.reported("team.open_50k", Stats.median(pg), "ms", Stats.median(lite), "ms",
                    "count + first page of 100 through ShortlistRepository on PostgreSQL (embedded, loopback);"
                            + " baseline: the same list on SQLite; median of 6 after 2 warm-up"));
            out.add(Figure.reported("team.copy_50k", copyMs, "ms", Double.NaN, "ms",
                    "ShortlistCopy of a 50,000-entry personal list into an empty team database (one transaction:"
                            + " COPY into temporary tables, then one INSERT ... SELECT per table)"));
            return out;
        } finally {
            teamDb.close();
        }
    }

    /** The 1, 5 and 15 minute load averages (the copy's wall time means little on a busy machine). */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void open(ShortlistRepository repo, Shortlist list) {
        int n = repo.count(list.id(), EntryQuery.all());
        int page = repo.entries(list.id(), EntryQuery.all()).size();
        if (n != ENTRIES || page != EntryQuery.DEFAULT_LIMIT) {
            throw new IllegalStateException("opened " + n + " / " + page);
        }
    }

    private void log(String line) {
        if (ctx != null) {
            ctx.log(line);
        } else {
            System.out.println(line);
        }
    }

    /** This figure alone (no display, no jar needed). */
    public static void main(String[] args) throws Exception {
        for (Figure f : new TeamListBench(null).run()) {
            System.out.println(f.line());
        }
        System.exit(0);
    }
}
