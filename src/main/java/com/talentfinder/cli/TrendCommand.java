package com.talentfinder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.Caveat;
import com.talentfinder.app.insights.DefaultInsightsService;
import com.talentfinder.app.insights.InsightsService;
import com.talentfinder.app.insights.InsightsTables;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.export.ReportTable;
import com.talentfinder.insights.SkillSupply;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trend check KEYWORD...} and {@code trend show KEYWORD}: how many freelancers offer a skill over time. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Freelancers offering a skill over time (supply, not demand). Every real search records a "
                + "count at no extra cost.",
        subcommands = {TrendCommand.Check.class, TrendCommand.Show.class})
final class TrendCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Count now: one call per keyword (per_page=1), fewer when the cache holds some.")
    static final class Check implements Callable<Integer> {
        private final AppServices services;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "KEYWORD", description = "Keywords to count.")
        List<String> keywords;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        InsightsOutput.Format format = InsightsOutput.Format.table;

        @Option(names = "--demo", description = "Use the offline demo data (never recorded).")
        boolean demo;

        Check(AppServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            InsightsService service = DefaultInsightsService.of(services, demo);
            InsightsOutput.Fetched<Outcomes.TrendCheck> f = InsightsOutput.fetch(service,
                    () -> service.estimateTrendCheck(keywords),
                    (progress, cancel) -> service.checkNow(keywords, progress, cancel), Outcomes.TrendCheck::fetch, err);
            if (f.exit() != null) {
                return f.exit();
            }
            Outcomes.TrendCheck t = f.outcome();
            String caveat = Caveat.supply(t.fetch().demo()) + " "
                    + Caveat.fetchedText(t.fetch().fetched(), services.clock().getZone());
            if (format == InsightsOutput.Format.json) {
                ObjectNode root = InsightsOutput.JSON.createObjectNode();
                ArrayNode checks = root.putArray("checks");
                for (Outcomes.Check c : t.checks()) {
                    checks.addObject().put("keyword", c.keyword()).put("total_results", c.totalResults())
                            .put("from_cache", c.fromCache());
                }
                root.put("recorded", t.recorded());
                InsightsOutput.json(root, caveat, t.fetch().fetched(), out);
                return ExitCodes.OK;
            }
            List<List<Object>> rows = new ArrayList<>();
            t.checks().forEach(c -> rows.add(List.of(c.keyword(), c.totalResults(), c.fromCache() ? "cache" : "call")));
            List<String> notes = List.of(t.recorded() ? "Recorded: see trend show KEYWORD."
                    : "Demo data: not recorded.", caveat);
            InsightsOutput.table(new ReportTable("Check", List.of("Keyword", "Freelancers offering", "From"), rows,
                    notes), format, out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The recorded counts of a keyword, oldest first. Makes no call.")
    static final class Show implements Callable<Integer> {
        private final AppServices services;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "KEYWORD", description = "The keyword.")
        List<String> words;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        InsightsOutput.Format format = InsightsOutput.Format.table;

        Show(AppServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String keyword = String.join(" ", words);
            if (keyword.isBlank()) {
                spec.commandLine().getErr().println("Give a keyword.");
                return ExitCodes.USAGE;
            }
            InsightsService service = DefaultInsightsService.of(services, false);
            SkillSupply.Series s = service.series(keyword);
            if (s.points().isEmpty()) {
                spec.commandLine().getErr().println("No counts recorded for '" + s.keyword() + "' yet: search it, or "
                        + "run trend check " + s.keyword() + " (demo data is never recorded).");
            }
            if (format == InsightsOutput.Format.json) {
                ObjectNode root = InsightsOutput.JSON.createObjectNode();
                root.put("keyword", s.keyword());
                ArrayNode points = root.putArray("points");
                for (SkillSupply.Point p : s.points()) {
                    points.addObject().put("time", p.time().toString()).put("total_results", p.totalResults())
                            .put("method", p.method()).put("method_changed", p.methodChanged());
                }
                root.put("caveat", Caveat.supply(false));
                InsightsOutput.print(root, out);
            } else {
                InsightsOutput.table(InsightsTables.supply(s, false, services.clock().getZone()), format, out);
            }
            return ExitCodes.OK;
        }
    }
}
