package com.talentfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.common.ResultFormats;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 2 (JMH): the bytes of a real 50-freelancer demo answer to domain records ({@link ResponseParser}) to
 * the results table's row text (every column's {@link ResultFormats} value, as the cells show them), against
 * Jackson's bare {@code readTree} of the same bytes.
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
    private byte[] body;

    @Setup(Level.Trial)
    public void fetch() throws Exception {
        body = BenchData.demoResponse(QUERY, 1, PER_PAGE);
        int rows = parser.parse(request, body).freelancers().size();
        if (rows != PER_PAGE) {
            throw new IllegalStateException("expected " + PER_PAGE + " freelancers, got " + rows);
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
