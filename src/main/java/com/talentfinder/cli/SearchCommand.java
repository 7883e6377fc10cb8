package com.talentfinder.cli;

import com.talentfinder.api.ApiException;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.ScoreExports;
import com.talentfinder.domain.InvalidSearchException;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.ShortlistException;
import com.talentfinder.store.ShortlistRepository;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search QUERY [--page N] [--per-page N] [--pages N] [--format table|csv|json] [--demo]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search Upwork freelancers by keyword and print them.")
final class SearchCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Skill, job title or keywords.")
    List<String> words;

    @Option(names = "--page", paramLabel = "N", description = "First page to fetch, 1-based (default: ${DEFAULT-VALUE}).")
    int page = 1;

    @Option(names = "--per-page", paramLabel = "N", description = "Results per page, 1-50 (default: ${DEFAULT-VALUE}).")
    int perPage = 10;

    @Option(names = "--pages", paramLabel = "N", description = "How many pages to fetch (default: ${DEFAULT-VALUE}).")
    int pages = 1;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(names = "--demo", description = "Use the offline demo data even when a key is set.")
    boolean demo;

    @Option(names = "--shortlist", paramLabel = "NAME",
            description = "Also add the freelancers fetched to this shortlist (created when missing).")
    String shortlist;

    @Option(names = "--save", paramLabel = "NAME",
            description = "Also save this search under NAME (run it later with: saved run NAME).")
    String save;

    SearchCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest first;
        try {
            first = new SearchRequest(String.join(" ", words), page, perPage);
        } catch (InvalidSearchException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (pages < 1 || pages > 100) {
            err.println("--pages must be between 1 and 100.");
            return ExitCodes.USAGE;
        }
        if (save != null && !SavedSearchOption.save(services, save, first, pages, err)) {
            return ExitCodes.USAGE;
        }
        AppServices.Mode mode = demo ? services.demoMode() : services.mode();
        if (mode.demo()) {
            err.println(demo ? "Using the offline demo data (--demo)."
                    : "No API key set (PARSE_API_KEY or Settings): using the offline demo data.");
        }
        ResultPrinter.Result result;
        try {
            result = SearchRunner.fetch(mode, services, first, pages, err);
        } catch (ApiException e) {
            err.println(e.getMessage());
            return ExitCodes.of(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> ResultPrinter.json(result, out);
            case csv -> ResultPrinter.csv(result, out, services.clock(), ScoreExports.active(services));
            default -> ResultPrinter.table(result, out);
        }
        out.flush();
        if (shortlist != null) {
            try {
                int added = new ShortlistRepository(services.shortlistDatabase(), services.clock())
                        .addToListCreatingIfMissing(shortlist, result.freelancers());
                err.println("Added " + added + " freelancer(s) to the shortlist '" + shortlist.strip() + "'.");
            } catch (ShortlistException e) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.OK;
    }
}
