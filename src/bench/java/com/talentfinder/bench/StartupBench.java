package com.talentfinder.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figure 1, whole processes timed from spawning them to reading their marker line, a fresh data folder each run:
 * <ul>
 *   <li>{@code startup.first_results_frame}: the app as it is installed (the launcher of the app image as the
 *       .deb installs it, {@code target/installed/talent-finder}, with the class-data-sharing archive of the
 *       app's classes its postinst makes; else the app image's, {@code target/dist/Talent Finder}, whose path
 *       holds a space and so keeps the JDK-only archive; both made by {@code mvn -Ppackage package}; else
 *       {@code java -jar} with the app's JVM options) with {@code --startup-marker=react --exit-after-marker}:
 *       the first frame showing the demo search's results;</li>
 *   <li>{@code startup.window_takes_typing}: the same with {@code --startup-marker --exit-after-marker}: the
 *       first frame in which the search field has the focus;</li>
 * </ul>
 * each against {@link BareWindowMain} started with the same JVM options. Runs alternate; one unmeasured run of
 * each first. {@code -Dbench.appimage=PATH} names another launcher, {@code -Dbench.appimage=none} forces the jar.
 */
final class StartupBench {

    static final String QUERY = "react";
    static final int RUNS = 5;
    static final List<String> LAUNCHERS = List.of("target/installed/talent-finder/bin/Talent Finder",
            "target/dist/Talent Finder/bin/Talent Finder");

    private final BenchContext ctx;
    private final Optional<Path> launcher;

    StartupBench(BenchContext ctx) {
        this.ctx = ctx;
        this.launcher = launcher(ctx);
    }

    /** The app image's launcher to start, if there is one (see the class comment). */
    static Optional<Path> launcher(BenchContext ctx) {
        String chosen = System.getProperty("bench.appimage", "").strip();
        if (chosen.equals("none")) {
            return Optional.empty();
        }
        if (!chosen.isEmpty()) {
            Path p = Path.of(chosen);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return LAUNCHERS.stream().map(l -> ctx.baseDir().toPath().resolve(l)).filter(Files::isExecutable).findFirst();
    }

    List<Figure> run() throws Exception {
        String results = "startup.first_results_frame";
        String typing = "startup.window_takes_typing";
        if (!ctx.display().available()) {
            String why = "no display: install Xvfb (apt-get install xvfb) or set DISPLAY";
            return List.of(Figure.failed(results, "ms", 2.0, false, why), Figure.failed(typing, "ms", 1.5, false, why));
        }
        String how = launcher.map(p -> "app image launcher " + p + " (java-options " + javaOptions(p) + ")")
                .orElse("java -jar " + ctx.jar() + " " + ChildJvm.WINDOW_FLAGS + " (no app image: run mvn -Ppackage"
                        + " package first to time the installed launcher)");
        ctx.log("startup: " + how + "; bare window: java " + ChildJvm.WINDOW_FLAGS);
        Runs app = new Runs();
        Runs appTyping = new Runs();
        Runs bare = new Runs();
        for (int i = 0; i <= RUNS; i++) {
            app.add(i, appOnce("--startup-marker=" + QUERY));
            appTyping.add(i, appOnce("--startup-marker"));
            bare.add(i, bareOnce());
        }
        if (app.wall.isEmpty() || appTyping.wall.isEmpty() || bare.wall.isEmpty()) {
            String why = "no marker printed: see target/bench/startup-*.log";
            return List.of(Figure.failed(results, "ms", 2.0, false, why), Figure.failed(typing, "ms", 1.5, false, why));
        }
        ctx.log("startup whole-process ms: app " + app.wall + ", app typing " + appTyping.wall + ", bare " + bare.wall);
        ctx.log("startup ms since JVM start: app " + app.jvm + ", app typing " + appTyping.jvm + ", bare " + bare.jvm);
        String note = "whole process, median of " + RUNS + "; " + how;
        return List.of(
                Figure.ratio(results, Stats.median(app.wall), "ms", Stats.median(bare.wall), "ms", 2.0,
                        note + "; app " + app.wall + ", bare " + bare.wall + "; since JVM start: app "
                                + Stats.median(app.jvm) + ", bare " + Stats.median(bare.jvm)),
                Figure.ratio(typing, Stats.median(appTyping.wall), "ms", Stats.median(bare.wall), "ms", 1.5,
                        note + "; app " + appTyping.wall + ", bare " + bare.wall));
    }

    /** Measured runs: whole-process ms and ms since JVM start. */
    private static final class Runs {
        final List<Double> wall = new ArrayList<>();
        final List<Double> jvm = new ArrayList<>();

        void add(int run, ChildJvm.Outcome o) {
            Optional<Double> w = o.arrival("STARTUP_MARKER");
            if (run > 0 && w.isPresent()) {
                wall.add((double) Math.round(w.get()));
                jvm.add(o.value("STARTUP_MARKER").orElse(Double.NaN));
            }
        }
    }

    private ChildJvm.Outcome appOnce(String marker) throws Exception {
        Path home = Files.createTempDirectory("tf-startup-home");
        try {
            Map<String, String> env = new HashMap<>(Map.of("DISPLAY", ctx.display().name(),
                    "TALENT_FINDER_HOME", home.toString()));
            File log = ctx.logFile("startup-app");
            if (launcher.isPresent()) {
                // The launcher takes its JVM options from the app image; software rendering as for the others.
                env.put("JAVA_TOOL_OPTIONS", ChildJvm.SOFTWARE_RENDERING);
                return ChildJvm.exec(List.of(launcher.get().toString(), marker, "--exit-after-marker"), env,
                        ctx.baseDir(), 120, log);
            }
            List<String> cmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
            cmd.addAll(List.of("-jar", ctx.jar().toString(), marker, "--exit-after-marker"));
            return ChildJvm.run(cmd, env, ctx.baseDir(), 120, log);
        } finally {
            BenchContext.deleteTree(home);
        }
    }

    private ChildJvm.Outcome bareOnce() throws Exception {
        List<String> cmd = new ArrayList<>(ChildJvm.WINDOW_FLAGS);
        cmd.addAll(List.of("-cp", ctx.jar() + File.pathSeparator + ctx.benchClasses(),
                BareWindowMain.class.getName(), "marker"));
        return ChildJvm.run(cmd, Map.of("DISPLAY", ctx.display().name()), ctx.baseDir(), 120,
                ctx.logFile("startup-bare"));
    }

    /** The java-options lines of the launcher's configuration file, for the log. */
    private static String javaOptions(Path launcher) {
        Path name = launcher.getFileName();
        Path cfg = launcher.getParent().resolveSibling("lib").resolve("app").resolve(name + ".cfg");
        try {
            return Files.readAllLines(cfg).stream().filter(l -> l.startsWith("java-options="))
                    .map(l -> l.substring("java-options=".length())).toList().toString();
        } catch (IOException e) {
            return "unknown (" + cfg + " unreadable)";
        }
    }
}
