package com.talentfinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The performance budget ({@code mvn -B -Pbench verify}, after the jar is built): runs every figure, prints one
 * line per figure ({@code name: value unit, baseline value unit, ratio R, target T, met|missed|reported}) and
 * writes the same to {@code target/benchmarks.json}. {@code -Dbench.only=startup,pipeline,...} runs a subset
 * (startup, pipeline, enter, filter, shortlist, memory, credits).
 */
public final class BenchMain {

    static final List<String> ALL = List.of("startup", "pipeline", "enter", "filter", "shortlist", "memory",
            "credits", "team");

    private BenchMain() {
    }

    /** A group of figures. */
    @FunctionalInterface
    interface Group {
        List<Figure> run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Set<String> only = selected(System.getProperty("bench.only", ""));
        long start = System.nanoTime();
        List<Figure> figures = new ArrayList<>();
        try (Display display = Display.open()) {
            BenchContext ctx = new BenchContext(base, display);
            if (!Files.exists(ctx.jar())) {
                throw new IllegalStateException(ctx.jar() + " is missing: run mvn -B -Pbench verify (it packages first)");
            }
            ctx.log("display: " + display.describe() + "; cores: " + Runtime.getRuntime().availableProcessors()
                    + "; java " + System.getProperty("java.version") + "; app JVM options " + ChildJvm.appFlags()
                    + "; bench JVM " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            WindowBench window = new WindowBench(ctx);
            run(ctx, only, "startup", figures, () -> new StartupBench(ctx).run(), "startup.first_results_frame");
            run(ctx, only, "pipeline", figures, () -> new PipelineBench(ctx).run(), "search.pipeline_50");
            run(ctx, only, "enter", figures, window::enterToRows, "search.enter_to_rows_painted");
            run(ctx, only, "filter", figures, () -> new FilterBench().run(), "filter.change_p99_10k");
            run(ctx, only, "shortlist", figures, () -> new ShortlistBench(ctx).run(), "shortlist.export_csv_100k");
            run(ctx, only, "memory", figures, window::memory, "memory.rss_after_browsing_10k");
            run(ctx, only, "credits", figures, () -> new CreditsBench(ctx).run(), "credits.calls_per_page_needed");
            run(ctx, only, "team", figures, () -> new TeamListBench(ctx).run(), "team.open_50k");
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println();
        System.out.println("== Performance budget (" + seconds + " s) ==");
        figures.forEach(f -> System.out.println(f.line()));
        Path json = base.resolve("target").resolve("benchmarks.json");
        writeJson(json, figures, seconds);
        long missed = figures.stream().filter(f -> f.status().equals("missed")).count();
        System.out.println("== " + figures.size() + " figures, " + missed + " missed; written to " + json + " ==");
    }

    private static Set<String> selected(String property) {
        if (property.isBlank()) {
            return new LinkedHashSet<>(ALL);
        }
        return new LinkedHashSet<>(Arrays.asList(property.toLowerCase().replace(" ", "").split(",")));
    }

    private static void run(BenchContext ctx, Set<String> only, String group, List<Figure> into, Group work,
                            String nameOnFailure) {
        if (!only.contains(group)) {
            return;
        }
        long start = System.nanoTime();
        ctx.log("running " + group + " ...");
        try {
            List<Figure> got = work.run();
            into.addAll(got);
            got.forEach(f -> ctx.log(f.line()));
        } catch (Exception | Error e) {
            e.printStackTrace();
            into.add(Figure.failed(nameOnFailure, "-", Double.NaN, false, group + " failed: " + e));
        }
        ctx.log(group + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static void writeJson(Path file, List<Figure> figures, long seconds) throws IOException {
        StringJoiner items = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        figures.forEach(f -> items.add(f.json()));
        String json = "{\n  \"date\": " + Figure.quote(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString())
                + ",\n  \"java\": " + Figure.quote(System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"))
                + ",\n  \"cores\": " + Runtime.getRuntime().availableProcessors()
                + ",\n  \"seconds\": " + seconds
                + ",\n  \"figures\": " + items + "\n}\n";
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
