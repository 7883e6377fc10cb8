package com.talentfinder.bench;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link PipelineBenchmark} with JMH (one fork, short iterations) and turns it into figure 2. */
final class PipelineBench {

    private final BenchContext ctx;

    PipelineBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    List<Figure> run() throws Exception {
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName() + ".*")
                .forks(1)
                .warmupIterations(4).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgs(jvmArgs())
                .shouldFailOnError(true)
                .output(ctx.logFile("jmh-pipeline").toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double pipeline = Double.NaN;
        double readTree = Double.NaN;
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (label.endsWith(".pipeline")) {
                pipeline = score;
            } else if (label.endsWith(".jacksonReadTree")) {
                readTree = score;
            }
        }
        return List.of(Figure.ratio("search.pipeline_50", pipeline, "us", readTree, "us", 1.5,
                "JMH average time: bytes -> ResponseParser -> ResultFormats rows, vs ObjectMapper.readTree"));
    }

    /** The app's JVM options (the app parses and formats with them), with the fork's own heap. */
    private static String[] jvmArgs() {
        java.util.List<String> args = new java.util.ArrayList<>(ChildJvm.appFlags());
        args.add("-Xmx1g");
        return args.toArray(String[]::new);
    }
}
