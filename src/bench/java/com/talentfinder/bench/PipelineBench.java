package com.talentfinder.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 2: the search pipeline against Jackson's {@code readTree}, both timed in turn inside each of
 * {@value #JVMS} child JVMs ({@link PipelinePairMain}, the app's JVM options and a 1 GiB heap). Each child gives the
 * median of its rounds' ratios; the figure is the child with the median ratio, and the note lists every child's
 * ratio and its ratio in thread CPU time.
 *
 * <p>Until session 6 the two sides ran in separate JMH forks, minutes apart: the same code then gave 1.2-2.3× from
 * one pair of forks to the next, because a fork's machine state (load, where its heap and code landed) went into
 * one side of the ratio only. Timing both in the same JVM, round by round, cancels that.
 */
final class PipelineBench {

    static final int JVMS = 3;

    private final BenchContext ctx;

    PipelineBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        double[] ratio = new double[JVMS];
        double[] cpu = new double[JVMS];
        double[] pipeline = new double[JVMS];
        double[] tree = new double[JVMS];
        for (int i = 0; i < JVMS; i++) {
            List<String> cmd = new ArrayList<>(ChildJvm.appFlags());
            cmd.addAll(List.of("-Xmx1g", "-cp", ChildJvm.benchClassPath(), PipelinePairMain.class.getName()));
            ChildJvm.Outcome o = ChildJvm.run(cmd, Map.of(), ctx.baseDir(), 300,
                    ctx.logFile("pipeline-" + (i + 1)));
            if (o.exitCode() != 0 || o.value("PAIR_RATIO_MEDIAN").isEmpty()) {
                throw new IllegalStateException("pipeline child " + (i + 1) + " failed (exit " + o.exitCode()
                        + "), see " + ctx.logFile("pipeline-" + (i + 1)));
            }
            ratio[i] = o.value("PAIR_RATIO_MEDIAN").get();
            cpu[i] = o.value("PAIR_CPU_RATIO_MEDIAN").orElse(Double.NaN);
            pipeline[i] = o.value("PIPELINE_US").orElse(Double.NaN);
            tree[i] = o.value("READTREE_US").orElse(Double.NaN);
            for (String line : o.lines()) {
                if (line.startsWith("PAIR_RATIOS ")) {
                    ctx.log("pipeline JVM " + (i + 1) + ": round ratios " + line.substring(12));
                }
            }
        }
        Integer[] order = new Integer[JVMS];
        for (int i = 0; i < JVMS; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        int median = order[JVMS / 2];
        List<String> ratios = new ArrayList<>();
        List<String> cpuRatios = new ArrayList<>();
        for (int i = 0; i < JVMS; i++) {
            ratios.add(String.format(Locale.ROOT, "%.2f", ratio[i]));
            cpuRatios.add(String.format(Locale.ROOT, "%.2f", cpu[i]));
        }
        return List.of(Figure.ratio("search.pipeline_50", pipeline[median], "us", tree[median], "us", 1.5,
                "bytes -> ResponseParser -> ResultFormats rows vs ObjectMapper.readTree, timed in turn in the same JVM ("
                        + PipelinePairMain.ROUNDS + " rounds of " + PipelinePairMain.SLICE_MS
                        + " ms slices after the JIT is quiet); median of " + JVMS + " JVMs' median round ratios "
                        + ratios + ", thread-CPU ratios " + cpuRatios));
    }
}
