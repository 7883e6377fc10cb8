package com.talentfinder.cli;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.Caveat;
import com.talentfinder.app.insights.DefaultInsightsService;
import com.talentfinder.app.insights.FetchSummary;
import com.talentfinder.app.insights.InsightsService;
import com.talentfinder.app.insights.InsightsTables;
import com.talentfinder.app.insights.Outcomes;
import com.talentfinder.export.ReportTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report rates QUERY} and {@code report market KEYWORD...}: asking rates from N pages of 50. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Market-rate reports from the freelancers Upwork ranks first (asking rates, not rates paid).",
        subcommands = {ReportCommand.Rates.class, ReportCommand.Market.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Options both reports take. */
    abstract static class Base implements Callable<Integer> {
        final AppServices services;

        @Spec
        CommandSpec spec;

        @Option(names = "--pages", paramLabel = "N", description = "Pages of 50 per query, 1-10 (default: ${DEFAULT-VALUE}).")
        int pages = InsightsService.DEFAULT_PAGES;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        InsightsOutput.Format format = InsightsOutput.Format.table;

        @Option(names = "--output", paramLabel = "FILE", description = "Also write the table to FILE (.csv or .xlsx).")
        Path output;

        @Option(names = "--demo", description = "Use the offline demo data even when a key is set.")
        boolean demo;

        Base(AppServices services) {
            this.services = services;
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        boolean pagesOk() {
            if (pages < 1 || pages > InsightsService.MAX_PAGES) {
                err().println("--pages must be between 1 and " + InsightsService.MAX_PAGES + ".");
                return false;
            }
            return true;
        }

        /** Prints the report as JSON (with its caveat) or as the table, then writes --output. */
        int print(ReportTable table, Object json, FetchSummary fetch) {
            if (format == InsightsOutput.Format.json) {
                InsightsOutput.json(json, Caveat.rates(fetch.fetched(), fetch.demo(), services.clock().getZone()),
                        fetch.fetched(), out());
            } else {
                InsightsOutput.table(table, format, out());
            }
            return export(table);
        }

        int export(ReportTable table) {
            if (output != null) {
                try {
                    InsightsTables.export(table, output);
                    err().println("Saved the table with its caveat to " + output + ".");
                } catch (IOException e) {
                    err().println("Could not write " + output + ". Check the folder exists and you may write there.");
                    return ExitCodes.FAILURE;
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rates", mixinStandardHelpOptions = true,
            description = "Asking rates by country for a query: n, min, P10, P25, median, P75, P90, max, mean.")
    static final class Rates extends Base {

        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Skill, job title or keywords.")
        List<String> words;

        Rates(AppServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (!pagesOk()) {
                return ExitCodes.USAGE;
            }
            InsightsService service = DefaultInsightsService.of(services, demo);
            String query = String.join(" ", words);
            InsightsOutput.Fetched<Outcomes.Rates> f = InsightsOutput.fetch(service, () -> service.estimateRates(query, pages),
                    (progress, cancel) -> service.ratesByLocation(query, pages, progress, cancel), Outcomes.Rates::fetch, err());
            if (f.exit() != null) {
                return f.exit();
            }
            Outcomes.Rates r = f.outcome();
            return print(InsightsTables.rates(r, services.clock().getZone()), r.json(), r.fetch());
        }
    }

    @Command(name = "market", mixinStandardHelpOptions = true,
            description = "Per keyword: freelancers offering it, Top Rated share and asking rates per currency. "
                    + "--open NAME reopens a saved report without any call.")
    static final class Market extends Base {

        @Parameters(arity = "0..*", paramLabel = "KEYWORD", description = "Keywords, e.g. react vue \"ruby on rails\".")
        List<String> keywords = List.of();

        @Option(names = "--save", paramLabel = "NAME", description = "Save the report under NAME (dated).")
        String save;

        @Option(names = "--open", paramLabel = "NAME", description = "Reopen the newest report saved as NAME.")
        String open;

        Market(AppServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (!pagesOk()) {
                return ExitCodes.USAGE;
            }
            InsightsService service = DefaultInsightsService.of(services, demo);
            Outcomes.Market m;
            if (open != null) {
                Optional<Outcomes.Market> saved = service.openReport(open);
                if (saved.isEmpty()) {
                    err().println("No report is saved as '" + open.strip() + "'. Run it with --save NAME first.");
                    return ExitCodes.USAGE;
                }
                m = saved.get();
            } else {
                if (keywords.isEmpty()) {
                    err().println("Give at least one keyword, or --open NAME.");
                    return ExitCodes.USAGE;
                }
                InsightsOutput.Fetched<Outcomes.Market> f = InsightsOutput.fetch(service, () -> service.estimateMarket(keywords, pages),
                        (progress, cancel) -> service.marketReport(keywords, pages, progress, cancel),
                        Outcomes.Market::fetch, err());
                if (f.exit() != null) {
                    return f.exit();
                }
                m = f.outcome();
                if (save != null) {
                    if (save.isBlank()) {
                        err().println("--save needs a name.");
                        return ExitCodes.USAGE;
                    }
                    m = service.saveReport(save, m);
                    err().println("Saved as '" + m.name() + "': reopen it with report market --open \"" + m.name()
                            + "\" (no credits).");
                }
            }
            return print(InsightsTables.market(m, services.clock().getZone()), m.json(), m.fetch());
        }
    }
}
