package com.talentfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler (runs inside the fork): the CPU time of the benchmark's worker thread per operation,
 * {@code cpu.worker} in µs/op. Unlike the wall-clock score it hardly moves when other processes load the machine
 * (the JIT's and the collector's own threads are not in it).
 */
public final class CpuPerOpProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> before = new HashMap<>();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark's worker thread per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before.clear();
        before.putAll(workerCpu());
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.worker", cpu / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
    }

    /** Thread id to CPU nanoseconds, for JMH's worker threads. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                long ns = threads.getThreadCpuTime(t.getId());
                if (ns >= 0) {
                    out.put(t.getId(), ns);
                }
            }
        }
        return out;
    }
}
