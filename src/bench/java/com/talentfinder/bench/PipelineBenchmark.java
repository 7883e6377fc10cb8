package com.talentfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.common.ResultFormats;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 2 (JMH): the bytes of a real 50-freelancer demo answer to domain records ({@link ResponseParser}) to
 * the results table's row text (every column's {@link ResultFormats} value, as the cells show them), against
 * Jackson's bare {@code readTree} of the same bytes.
 *
 * <p>Each fork first runs its own benchmark's work until the JIT has been quiet for {@value #QUIET_SECONDS} s (at
 * most {@value #MAX_WARM_SECONDS} s), then JMH's warm-up and measurement follow: the pipeline is far more code
 * than {@code readTree}, and on a busy 2-core machine its compilation took longer than JMH's fixed warm-up, so
 * the figure measured partly compiled code and moved with the machine's load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {

    static final String QUERY = "developer";
    static final int PER_PAGE = 50;

    private final ObjectMapper jackson = new ObjectMapper();
    private final ResponseParser parser = new ResponseParser();
    private final SearchRequest request = new SearchRequest(QUERY, 1, PER_PAGE);
    static final int QUIET_SECONDS = 3;
    static final int MAX_WARM_SECONDS = 90;

    private byte[] body;
    private long sink;

    @Setup(Level.Trial)
    public void fetch(BenchmarkParams params) throws Exception {
        body = BenchData.demoResponse(QUERY, 1, PER_PAGE);
        int rows = parser.parse(request, body).freelancers().size();
        if (rows != PER_PAGE) {
            throw new IllegalStateException("expected " + PER_PAGE + " freelancers, got " + rows);
        }
        warmUntilCompiled(params.getBenchmark().endsWith(".pipeline"));
    }

    /**
     * Runs the benchmark's work (the pipeline's or {@code readTree}'s) until the JIT's total compilation time has
     * not moved for {@link #QUIET_SECONDS}, or {@link #MAX_WARM_SECONDS} have passed.
     */
    private void warmUntilCompiled(boolean pipeline) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long start = System.nanoTime();
        long quietSince = start;
        long compiled = jit.getTotalCompilationTime();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(MAX_WARM_SECONDS)) {
            for (int i = 0; i < 100; i++) {
                if (pipeline) {
                    for (Freelancer f : parser.parse(request, body).freelancers()) {
                        sink += row(f)[3].length();
                    }
                } else {
                    sink += jackson.readTree(body).size();
                }
            }
            long now = jit.getTotalCompilationTime();
            if (now != compiled) {
                compiled = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
                return;
            }
        }
    }

    @Benchmark
    public void pipeline(Blackhole bh) throws Exception {
        SearchPage page = parser.parse(request, body);
        for (Freelancer f : page.freelancers()) {
            bh.consume(row(f));
        }
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return jackson.readTree(body);
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
}
