package com.talentfinder.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PipelineBenchmark} with JMH and turns it into figure 2.
 *
 * <p>The two benchmarks run in {@value #PAIRS} pairs of forks, one after the other and in alternating order
 * ({@code readTree}, pipeline, pipeline, {@code readTree}, ...), every fork with the same JVM options; the figure is
 * the pair with the median ratio, so a burst of load from other processes during one fork moves one pair, not the
 * figure. Each fork warms up until its JIT is quiet (see {@link PipelineBenchmark}). The note also gives the
 * same ratio in the worker thread's CPU time ({@link CpuPerOpProfiler}), which load hardly moves.
 */
final class PipelineBench {

    static final int PAIRS = 3;

    private final BenchContext ctx;

    PipelineBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        double[] pipeline = new double[PAIRS];
        double[] readTree = new double[PAIRS];
        double[] pipelineCpu = new double[PAIRS];
        double[] readTreeCpu = new double[PAIRS];
        for (int pair = 0; pair < PAIRS; pair++) {
            boolean treeFirst = pair % 2 == 0;
            for (String benchmark : treeFirst ? List.of("jacksonReadTree", "pipeline")
                    : List.of("pipeline", "jacksonReadTree")) {
                RunResult r = fork(benchmark, pair);
                double score = r.getPrimaryResult().getScore();
                Result cpu = r.getSecondaryResults().get("cpu.worker");
                double cpuScore = cpu == null ? Double.NaN : cpu.getScore();
                if (benchmark.equals("pipeline")) {
                    pipeline[pair] = score;
                    pipelineCpu[pair] = cpuScore;
                } else {
                    readTree[pair] = score;
                    readTreeCpu[pair] = cpuScore;
                }
            }
        }
        Integer[] order = new Integer[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pipeline[a] / readTree[a], pipeline[b] / readTree[b]));
        int median = order[PAIRS / 2];
        List<String> ratios = new ArrayList<>();
        List<String> cpuRatios = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            ratios.add(String.format(Locale.ROOT, "%.2f", pipeline[i] / readTree[i]));
            cpuRatios.add(String.format(Locale.ROOT, "%.2f", pipelineCpu[i] / readTreeCpu[i]));
        }
        return List.of(Figure.ratio("search.pipeline_50", pipeline[median], "us", readTree[median], "us", 1.5,
                "JMH average time: bytes -> ResponseParser -> ResultFormats rows, vs ObjectMapper.readTree; median of "
                        + PAIRS + " pairs of forks, pair ratios " + ratios + ", worker-thread CPU ratios " + cpuRatios));
    }

    private RunResult fork(String benchmark, int pair) throws Exception {
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName() + "." + benchmark + "$")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgs(jvmArgs())
                .addProfiler(CpuPerOpProfiler.class)
                .shouldFailOnError(true)
                .output(ctx.logFile("jmh-pipeline-" + (pair + 1) + "-" + benchmark).toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result for " + benchmark + ", got " + results.size());
        }
        return results.iterator().next();
    }

    /** The app's JVM options (the app parses and formats with them), with the fork's own heap. */
    private static String[] jvmArgs() {
        List<String> args = new ArrayList<>(ChildJvm.appFlags());
        args.add("-Xmx1g");
        return args.toArray(String[]::new);
    }
}
