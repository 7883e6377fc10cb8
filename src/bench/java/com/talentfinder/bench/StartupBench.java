package com.talentfinder.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 1: JVM start to the first frame of the main window showing a demo search's results
 * ({@code java -jar talent-finder.jar --startup-marker=QUERY --exit-after-marker}, a fresh data folder each run),
 * against {@link BareWindowMain} started the same way. Runs alternate; one unmeasured run of each first.
 */
final class StartupBench {

    static final String QUERY = "react";
    static final int RUNS = 5;

    private final BenchContext ctx;

    StartupBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        String name = "startup.first_results_frame";
        if (!ctx.display().available()) {
            return List.of(Figure.failed(name, "ms", 1.5, false,
                    "no display: install Xvfb (apt-get install xvfb) or set DISPLAY"));
        }
        List<Double> app = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            double a = appOnce();
            double b = bareOnce();
            if (i > 0 && !Double.isNaN(a)) {
                app.add(a);
            }
            if (i > 0 && !Double.isNaN(b)) {
                bare.add(b);
            }
        }
        if (app.isEmpty() || bare.isEmpty()) {
            return List.of(Figure.failed(name, "ms", 1.5, false, "no marker printed: see target/bench/startup-*.log"));
        }
        ctx.log("startup app runs (ms): " + app + ", bare window runs (ms): " + bare);
        return List.of(Figure.ratio(name, Stats.median(app), "ms", Stats.median(bare), "ms", 1.5,
                "median of " + RUNS + "; app " + app + ", bare " + bare));
    }

    private double appOnce() throws Exception {
        Path home = Files.createTempDirectory("tf-startup-home");
        try {
            List<String> cmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
            cmd.addAll(List.of("-jar", ctx.jar().toString(), "--startup-marker=" + QUERY, "--exit-after-marker"));
            ChildJvm.Outcome o = ChildJvm.run(cmd, Map.of("DISPLAY", ctx.display().name(),
                    "TALENT_FINDER_HOME", home.toString()), ctx.baseDir(), 120, ctx.logFile("startup-app"));
            return o.value("STARTUP_MARKER").orElse(Double.NaN);
        } finally {
            BenchContext.deleteTree(home);
        }
    }

    private double bareOnce() throws Exception {
        List<String> cmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
        cmd.addAll(List.of("-cp", ctx.jar() + File.pathSeparator + ctx.benchClasses(),
                BareWindowMain.class.getName(), "marker"));
        ChildJvm.Outcome o = ChildJvm.run(cmd, Map.of("DISPLAY", ctx.display().name()), ctx.baseDir(), 120,
                ctx.logFile("startup-bare"));
        return o.value("STARTUP_MARKER").orElse(Double.NaN);
    }
}
