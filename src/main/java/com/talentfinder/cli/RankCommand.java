package com.talentfinder.cli;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.Caveat;
import com.talentfinder.app.insights.DefaultInsightsService;
import com.talentfinder.app.insights.InsightsService;
import com.talentfinder.app.insights.InsightsTables;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.WeightSpecException;
import com.talentfinder.insights.Weights;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rank QUERY}: a query's results by an explainable score 0-100, with each factor's points. */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank a query's results by a score 0-100 from JSS, earnings, hours, jobs, badges, closeness to "
                + "a target rate and required skills. A hidden or missing value is unknown, not zero.")
final class RankCommand implements Callable<Integer> {

    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Skill, job title or keywords.")
    List<String> words;

    @Option(names = "--pages", paramLabel = "N", description = "Pages of 50, 1-10 (default: ${DEFAULT-VALUE}).")
    int pages = 1;

    @Option(names = "--weights", paramLabel = "SPEC",
            description = "e.g. jss=40,rate=20,skills=10 (factors: jss, earnings, hours, jobs, badges, rate, skills; "
                    + "0-100; unnamed factors weigh 0). Default: the balanced preset.")
    String weights;

    @Option(names = "--target-rate", paramLabel = "R", description = "The hourly rate sought (enables the rate factor).")
    BigDecimal targetRate;

    @Option(names = "--currency", paramLabel = "CODE", description = "The target rate's currency (default: ${DEFAULT-VALUE}).")
    String currency = "USD";

    @Option(names = "--skills", paramLabel = "A,B", description = "Required skills, comma-separated.")
    String skills;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    InsightsOutput.Format format = InsightsOutput.Format.table;

    @Option(names = "--demo", description = "Use the offline demo data even when a key is set.")
    boolean demo;

    RankCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (pages < 1 || pages > InsightsService.MAX_PAGES) {
            err.println("--pages must be between 1 and " + InsightsService.MAX_PAGES + ".");
            return ExitCodes.USAGE;
        }
        RankingCriteria criteria;
        try {
            Weights w = weights == null ? RankingPreset.BALANCED.weights() : Weights.parse(weights);
            if (targetRate != null && targetRate.signum() <= 0) {
                err.println("--target-rate must be more than 0.");
                return ExitCodes.USAGE;
            }
            criteria = new RankingCriteria(w, targetRate, targetRate == null ? null : currency,
                    skills == null ? List.of() : Arrays.asList(skills.split(",")));
        } catch (WeightSpecException e) {
            err.println(weightProblem(e));
            return ExitCodes.USAGE;
        }
        InsightsService service = DefaultInsightsService.of(services, demo);
        String query = String.join(" ", words);
        InsightsOutput.Fetched<Outcomes.Ranking> f = InsightsOutput.fetch(service,
                () -> service.estimateRanking(query, pages),
                (progress, cancel) -> service.rank(query, pages, criteria, progress, cancel), Outcomes.Ranking::fetch,
                err);
        if (f.exit() != null) {
            return f.exit();
        }
        Outcomes.Ranking r = f.outcome();
        PrintWriter out = spec.commandLine().getOut();
        if (format == InsightsOutput.Format.json) {
            InsightsOutput.json(r.json(), Caveat.ranking(r.fetch().fetched(), r.fetch().demo(),
                    services.clock().getZone()), r.fetch().fetched(), out);
        } else {
            InsightsOutput.table(InsightsTables.ranking(r, services.clock().getZone()), format, out);
        }
        return ExitCodes.OK;
    }

    static String weightProblem(WeightSpecException e) {
        String part = e.part() == null ? "" : " ('" + e.part() + "')";
        return "--weights: " + switch (e.code()) {
            case EMPTY -> "give weights like jss=40,rate=20.";
            case MALFORMED -> "write each weight as factor=number" + part + ".";
            case UNKNOWN_FACTOR -> "unknown factor" + part + "; use jss, earnings, hours, jobs, badges, rate, skills.";
            case DUPLICATE_FACTOR -> "a factor is named twice" + part + ".";
            case NOT_A_NUMBER -> "a weight must be a whole number" + part + ".";
            case OUT_OF_RANGE -> "a weight must be from 0 to 100" + part + ".";
            case ALL_ZERO -> "at least one weight must be above 0.";
        };
    }
}
