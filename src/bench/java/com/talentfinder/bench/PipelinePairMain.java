package com.talentfinder.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.common.ResultFormats;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Figure 2 in one JVM (a child started by {@link PipelineBench} with the app's JVM options): the pipeline
 * (bytes of a real 50-freelancer demo answer → {@link ResponseParser} → every column's row text, as
 * {@link #row}) and Jackson's bare {@code readTree} of the same bytes, timed <b>in turn in the
 * same JVM</b>: both are first run in turn until the JIT has been quiet for {@value #QUIET_SECONDS} s, then
 * {@value #ROUNDS} rounds each time one slice of {@value #SLICE_MS} ms of each, in alternating order. Every
 * round gives one ratio (pipeline time per answer over {@code readTree}'s), so a burst of load, a slow core or a
 * JVM whose heap and code landed badly moves both sides of a ratio alike. Prints {@code PAIR_RATIO_MEDIAN},
 * {@code PAIR_CPU_RATIO_MEDIAN}, {@code PIPELINE_US}, {@code READTREE_US} (medians over the rounds).
 */
public final class PipelinePairMain {

    static final String QUERY = "developer";
    static final int PER_PAGE = 50;
    static final int QUIET_SECONDS = 3;
    static final int MAX_WARM_SECONDS = 90;
    static final int ROUNDS = 21;
    static final int SLICE_MS = 300;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ObjectMapper jackson = new ObjectMapper();
    private final ResponseParser parser = new ResponseParser();
    private final SearchRequest request = new SearchRequest(QUERY, 1, PER_PAGE);
    private final byte[] body;
    /** Everything computed flows into here, so the JIT cannot drop the work. */
    private long sink;

    private PipelinePairMain(byte[] body) {
        this.body = body;
    }

    public static void main(String[] args) throws Exception {
        byte[] body = BenchData.demoResponse(QUERY, 1, PER_PAGE);
        PipelinePairMain bench = new PipelinePairMain(body);
        int rows = bench.parser.parse(bench.request, body).freelancers().size();
        if (rows != PER_PAGE) {
            throw new IllegalStateException("expected " + PER_PAGE + " freelancers, got " + rows);
        }
        bench.warmUntilCompiled();
        double[] ratio = new double[ROUNDS];
        double[] cpuRatio = new double[ROUNDS];
        double[] pipelineUs = new double[ROUNDS];
        double[] treeUs = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            double[] pipeline;
            double[] tree;
            if (round % 2 == 0) {
                pipeline = bench.slice(true);
                tree = bench.slice(false);
            } else {
                tree = bench.slice(false);
                pipeline = bench.slice(true);
            }
            ratio[round] = pipeline[0] / tree[0];
            cpuRatio[round] = pipeline[1] / tree[1];
            pipelineUs[round] = pipeline[0];
            treeUs[round] = tree[0];
        }
        System.out.println("PAIR_RATIOS " + Arrays.toString(round2(ratio)));
        System.out.println("PAIR_RATIO_MEDIAN " + median(ratio));
        System.out.println("PAIR_CPU_RATIO_MEDIAN " + median(cpuRatio));
        System.out.println("PIPELINE_US " + median(pipelineUs));
        System.out.println("READTREE_US " + median(treeUs));
        System.out.println("SINK " + (bench.sink & 1));
    }

    private static double median(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Stats.median(list);
    }

    /** One table row as text, column by column (portrait initials, name, title, rate, ..., badge). */
    static String[] row(Freelancer f) {
        return new String[] {
            ResultFormats.initials(f),
            f.displayName(),
            f.title() == null ? ResultFormats.missing() : f.title(),
            ResultFormats.rate(f),
            ResultFormats.location(f),
            ResultFormats.jss(f),
            ResultFormats.earnings(f),
            ResultFormats.hours(f),
            ResultFormats.jobs(f),
            ResultFormats.badge(f),
        };
    }

    private static String[] round2(double[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = String.format(Locale.ROOT, "%.2f", values[i]);
        }
        return out;
    }

    /** One answer's work: the pipeline's or {@code readTree}'s. */
    private void once(boolean pipeline) throws Exception {
        if (pipeline) {
            for (Freelancer f : parser.parse(request, body).freelancers()) {
                for (String cell : row(f)) {
                    sink += cell == null ? 0 : cell.length();
                }
            }
        } else {
            sink += jackson.readTree(body).size();
        }
    }

    /** Runs one side for {@link #SLICE_MS}: wall and thread-CPU microseconds per answer. */
    private double[] slice(boolean pipeline) throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SLICE_MS);
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long ops = 0;
        long now;
        do {
            for (int i = 0; i < 10; i++) {
                once(pipeline);
            }
            ops += 10;
            now = System.nanoTime();
        } while (now < end);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        return new double[] {(now - wall0) / 1000.0 / ops, cpu / 1000.0 / ops};
    }

    /**
     * Runs both sides in turn until the JIT's total compilation time has not moved for {@link #QUIET_SECONDS}, or
     * {@link #MAX_WARM_SECONDS} have passed.
     */
    private void warmUntilCompiled() throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean monitored = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long quietSince = start;
        long compiled = monitored ? jit.getTotalCompilationTime() : 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(MAX_WARM_SECONDS)) {
            for (int i = 0; i < 100; i++) {
                once(true);
                once(false);
            }
            long at = monitored ? jit.getTotalCompilationTime() : 0;
            if (at != compiled) {
                compiled = at;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
                return;
            }
        }
    }
}
