package com.talentfinder.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The window figures that need the real main window in a child JVM under the display: Enter to rows painted
 * (figure 2, reported) and memory after browsing 10,000 results (figure 5, reported, plus the portrait cache
 * bound), each against the matching floor.
 */
final class WindowBench {

    private final BenchContext ctx;

    WindowBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> enterToRows() throws Exception {
        String name = "search.enter_to_rows_painted";
        if (!ctx.display().available()) {
            return List.of(Figure.failed(name, "ms", 3.0, false, "no display"));
        }
        ChildJvm.Outcome o = probe("enter", 300);
        double enter = o.value("ENTER_MS_MEDIAN").orElse(Double.NaN);
        double http = o.value("HTTP_MS_MEDIAN").orElse(Double.NaN);
        int rows = o.value("ROWS").orElse(Double.NaN).intValue();
        return List.of(Figure.ratio(name, enter, "ms", http, "ms", 3.0, "median over "
                + o.value("ENTER_RUNS").orElse(Double.NaN).intValue() + " new queries, " + rows
                + "+ rows each; baseline: the bare loopback HTTP exchange of the same request"));
    }

    List<Figure> memory() throws Exception {
        if (!ctx.display().available()) {
            return List.of(Figure.failed("memory.rss_after_browsing_10k", "MiB", 2.5, false, "no display"));
        }
        ChildJvm.Outcome app = probe("browse", 900); // 420 s timed out at load 17-22 (docs/benchmarks.md, pagingmem)
        List<String> bareCmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
        bareCmd.addAll(List.of("-cp", classPath(), BareWindowMain.class.getName(), "memory"));
        ChildJvm.Outcome bare = ChildJvm.run(bareCmd, Map.of("DISPLAY", ctx.display().name()), ctx.baseDir(), 120,
                ctx.logFile("memory-bare"));
        double rows = app.value("ROWS_BROWSED").orElse(Double.NaN);
        double cache = app.value("PORTRAIT_CACHE").orElse(Double.NaN);
        double capacity = app.value("PORTRAIT_CAPACITY").orElse(Double.NaN);
        List<Figure> out = new ArrayList<>();
        out.add(Figure.ratio("memory.rss_after_browsing_10k",
                mib(app.value("RSS_KIB").orElse(Double.NaN)), "MiB", mib(bare.value("RSS_KIB").orElse(Double.NaN)),
                "MiB", 2.5, "VmRSS after " + (int) rows + " rows browsed with portraits and two System.gc(); baseline:"
                        + " the bare window's VmRSS after its first frame and the same GCs"));
        out.add(Figure.reported("memory.heap_after_browsing_10k",
                mib(app.value("HEAP_USED_KIB").orElse(Double.NaN)), "MiB",
                mib(bare.value("HEAP_USED_KIB").orElse(Double.NaN)), "MiB", "used Java heap after GC, same runs"));
        out.add(Figure.bound("memory.portrait_cache_entries", cache, "entries", capacity, "entries", capacity,
                "decoded portraits held after browsing; the cache is an LRU bounded at its capacity"));
        return out;
    }

    private ChildJvm.Outcome probe(String scenario, long timeoutS) throws Exception {
        Path home = Files.createTempDirectory(ctx.workDir(), "window-home");
        try {
            List<String> cmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
            cmd.addAll(List.of("-cp", classPath(), WindowProbeMain.class.getName(), scenario));
            ChildJvm.Outcome o = ChildJvm.run(cmd, Map.of("DISPLAY", ctx.display().name(),
                    "TALENT_FINDER_HOME", home.toString()), ctx.baseDir(), timeoutS, ctx.logFile("window-" + scenario));
            if (o.exitCode() != 0) {
                ctx.log("window " + scenario + " probe ended with " + o.exitCode() + (o.timedOut() ? " (timed out)" : "")
                        + ": see target/bench/window-" + scenario + ".log");
            }
            return o;
        } finally {
            BenchContext.deleteTree(home);
        }
    }

    private String classPath() {
        return ctx.jar() + File.pathSeparator + ctx.benchClasses();
    }

    private static double mib(double kib) {
        return kib / 1024.0;
    }
}
