package com.talentfinder.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.saved.RunOutcome;
import com.talentfinder.app.saved.SavedSearch;
import com.talentfinder.app.saved.SavedSearchSummary;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.domain.Freelancer;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saved list}, {@code saved run NAME [--format table|json]}, {@code saved delete NAME}. */
@Command(name = "saved", mixinStandardHelpOptions = true,
        description = "Saved searches: run one to see only who is new (save one with search QUERY --save NAME).",
        subcommands = {SavedCommand.ListSaved.class, SavedCommand.Run.class, SavedCommand.Delete.class})
final class SavedCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved searches and their last run.")
    static final class ListSaved implements Callable<Integer> {
        private final AppServices services;

        @Spec
        CommandSpec spec;

        ListSaved(AppServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<SavedSearchSummary> all = SavedSearches.of(services, false).list();
            if (all.isEmpty()) {
                spec.commandLine().getErr().println("No saved searches yet. Save one with: search QUERY --save NAME");
                return ExitCodes.OK;
            }
            ZoneId zone = services.clock().getZone();
            out.printf("%-24s %-28s %5s  %-16s  %s%n", "NAME", "QUERY", "PAGES", "LAST RUN", "NEW");
            for (SavedSearchSummary s : all) {
                SavedSearch search = s.search();
                String last = s.lastRun() == null ? "never" : WHEN.format(s.lastRun().ranAt().atZone(zone));
                out.printf("%-24s %-28s %5d  %-16s  %s%n", cut(search.name(), 24), cut(search.query(), 28),
                        search.pages(), last, newText(s, zone));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Asks the service afresh and shows who no earlier run had seen (one call a page).")
    static final class Run implements Callable<Integer> {
        enum Format { table, json }

        private final AppServices services;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "The saved search's name.")
        List<String> words;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format = Format.table;

        @Option(names = "--demo", description = "Use the offline demo data even when a key is set.")
        boolean demo;

        Run(AppServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            String name = String.join(" ", words);
            SavedSearches saved = SavedSearches.of(services, demo);
            Optional<SavedSearch> search = saved.find(name);
            if (search.isEmpty()) {
                err.println("No saved search is named '" + name.strip() + "'. See them with: saved list");
                return ExitCodes.USAGE;
            }
            BatchEstimate cost = saved.estimate(search.get());
            if (saved.demo()) {
                err.println("No API key set (PARSE_API_KEY or Settings), or --demo: using the offline demo data.");
            }
            err.println("Cost: at most " + cost.summary()
                    + (search.get().stopWhenNothingNew() ? " Stops at the first page with nobody new." : ""));
            err.flush();
            if (!saved.demo() && cost.exceedsRemaining()) {
                err.println("This needs up to " + cost.callsNeeded() + " calls but only " + cost.creditsLeft()
                        + " credits are left this month.");
                return ExitCodes.USAGE;
            }
            RunOutcome r = saved.run(search.get(), progress(err), new BatchCancellation());
            if (r.ending() == RunOutcome.Ending.FAILED && !r.recorded()) {
                err.println(r.failure().getMessage());
                return ExitCodes.of(r.failure());
            }
            if (r.ending() == RunOutcome.Ending.FAILED) {
                err.println(r.failure().getMessage() + " Showing what the " + r.pagesFetched()
                        + " page(s) fetched before it found.");
            }
            if (format == Format.json) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("name", r.name());
                o.put("pages_fetched", r.pagesFetched());
                r.newIds().forEach(o.putArray("new")::add);
                o.put("seen_before", r.seenBefore());
                o.put("calls", r.calls());
                out.println(o.toString());
            } else {
                out.println(r.newIds().size() + " new, " + r.seenBefore() + " seen before; " + r.pagesFetched()
                        + " page(s), " + r.calls() + " call(s)" + endingText(r.ending()) + ".");
                for (Freelancer f : r.results()) {
                    out.printf("%-4s %-22s %-30s %s%n", r.isNew(f) ? "NEW" : "", cut(f.displayName(), 22),
                            cut(f.title() == null ? "" : f.title(), 30), f.id());
                }
            }
            out.flush();
            return r.ending() == RunOutcome.Ending.FAILED ? ExitCodes.of(r.failure()) : ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a saved search and its runs.")
    static final class Delete implements Callable<Integer> {
        private final AppServices services;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "The saved search's name.")
        List<String> words;

        Delete(AppServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            String name = String.join(" ", words).strip();
            if (!SavedSearches.of(services, false).delete(name)) {
                spec.commandLine().getErr().println("No saved search is named '" + name + "'. See them with: saved list");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getErr().println("Deleted the saved search '" + name + "'.");
            return ExitCodes.OK;
        }
    }

    private static BatchListener progress(PrintWriter err) {
        return new BatchListener() {
            @Override
            public void onProgress(BatchProgress p) {
                err.println("Fetched page " + p.done() + " of at most " + p.total() + " (" + p.calls() + " call(s)).");
                err.flush();
            }
        };
    }

    private static String endingText(RunOutcome.Ending e) {
        return switch (e) {
            case NOTHING_NEW -> ", stopped at a page with nobody new";
            case END_OF_RESULTS -> ", the results ended";
            case CANCELLED -> ", cancelled";
            default -> "";
        };
    }

    /** "3 new since 2026-11-30", "12 new (first run)", or "" before the first run. */
    static String newText(SavedSearchSummary s, ZoneId zone) {
        if (s.lastRun() == null) {
            return "";
        }
        if (s.firstRun()) {
            return s.lastRun().newCount() + " new (first run)";
        }
        return s.lastRun().newCount() + " new since " + DateTimeFormatter.ISO_LOCAL_DATE.format(
                s.previousRunAt().atZone(zone));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
