package com.talentfinder.cli;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.insights.ScoreExports;
import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.app.team.CopyToTeam;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ImportException;
import com.talentfinder.export.ShortlistExporter;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.EntrySort;
import com.talentfinder.store.ShortlistException;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shortlist list | create NAME | export NAME --format csv|xlsx|json --out FILE [--columns a,b] |
 * import FILE | copy-to-team}. With a team database in force ({@code TALENT_FINDER_DB_URL} or Settings) the
 * lists are the team's; {@code copy-to-team} copies the personal ones there. Plain text on stdout; an error is one sentence on stderr with exit code 2 (bad usage, unknown
 * list, unusable file) or 5 (the data file or the export file could not be written or read).
 *
 * <p>Register on the root command with {@code root.addSubcommand(new ShortlistCommand(services))}; the
 * subcommands are this class's {@code @Command} methods.
 */
@Command(name = "shortlist", mixinStandardHelpOptions = true,
        description = "Work with shortlists: list, create, export and import them, or copy them to the team database.")
public final class ShortlistCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_STORAGE = 5;

    private final Supplier<AppServices> services;

    @Spec
    private CommandSpec spec;

    public ShortlistCommand(AppServices services) {
        this(() -> services);
    }

    public ShortlistCommand(Supplier<AppServices> services) {
        this.services = services;
    }

    /** A standalone command line for this command, with one-sentence usage errors (exit code 2). */
    public static CommandLine commandLine(AppServices services) {
        return new CommandLine(new ShortlistCommand(services))
                .setParameterExceptionHandler(ShortlistCommand::usageError);
    }

    /** A parameter exception handler printing one plain sentence; usable on the root command too. */
    public static int usageError(CommandLine.ParameterException ex, String[] args) {
        String message = ex.getMessage() == null ? "That command is not complete." : ex.getMessage().strip();
        if (!message.endsWith(".")) {
            message = message + ".";
        }
        ex.getCommandLine().getErr().println(message + " Run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                + " --help' to see how to use it.");
        return EXIT_USAGE;
    }

    @Override
    public Integer call() {
        err().println("Choose what to do: shortlist list, create, export, import or copy-to-team. Run 'shortlist --help'"
                + " for more.");
        return EXIT_USAGE;
    }

    @Command(name = "list", description = "Show your shortlists and how many freelancers each holds.")
    int list() {
        return run(() -> {
            List<Shortlist> lists = repository().list();
            if (lists.isEmpty()) {
                out().println("No shortlists yet. Create one with: shortlist create NAME");
                return EXIT_OK;
            }
            int width = lists.stream().mapToInt(l -> l.name().length()).max().orElse(0);
            for (Shortlist l : lists) {
                out().printf("%-" + width + "s  %d %s%n", l.name(), l.entryCount(),
                        l.entryCount() == 1 ? "freelancer" : "freelancers");
            }
            return EXIT_OK;
        });
    }

    @Command(name = "create", description = "Create an empty shortlist.")
    int create(@Parameters(paramLabel = "NAME", description = "the list's name") String name) {
        return run(() -> {
            Shortlist created = repository().create(name);
            out().println("Created the shortlist \"" + created.name() + "\".");
            return EXIT_OK;
        });
    }

    @Command(name = "export", description = "Export a shortlist to a CSV, XLSX or JSON file.")
    int export(@Parameters(paramLabel = "NAME", description = "the list to export") String name,
               @Option(names = "--format", required = true, paramLabel = "csv|xlsx|json") String format,
               @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
               @Option(names = "--columns", paramLabel = "a,b,c",
                       description = "CSV/XLSX columns, e.g. name,rate,jss,status,notes (default: all)")
               String columns) {
        return run(() -> {
            ExportFormat f = ExportFormat.parse(format);
            List<ExportColumn> cols = columns == null ? ExportColumn.forShortlist() : ExportColumn.parseList(columns);
            ShortlistRepository repo = repository();
            Shortlist list = repo.findByName(name).orElse(null);
            if (list == null) {
                err().println("There is no shortlist named \"" + name + "\". Run 'shortlist list' to see your lists.");
                return EXIT_USAGE;
            }
            long rows;
            try {
                EntryQuery byName = EntryQuery.all().sortedBy(EntrySort.NAME, true);
                rows = ShortlistExporter.exportShortlist(list.name(),
                        sink -> repo.forEachEntry(list.id(), byName, sink), f, cols, out, services.get().clock(),
                        ScoreExports.active(services.get()));
            } catch (IOException e) {
                err().println("Could not write " + out + ". Check that the folder exists and you may write there.");
                return EXIT_STORAGE;
            }
            out().println("Exported " + rows + (rows == 1 ? " entry" : " entries") + " from \"" + list.name()
                    + "\" to " + out.toAbsolutePath() + ".");
            return EXIT_OK;
        });
    }

    @Command(name = "copy-to-team", description = "Copy your shortlists from this computer to the team database"
            + " (TALENT_FINDER_DB_URL or Settings), merged by list name and freelancer: safe to run again.")
    int copyToTeam() {
        return run(() -> {
            AppServices s = services.get();
            var team = s.team().database();
            if (team.isEmpty()) {
                err().println("No team database is set. Set " + EffectiveSettings.ENV_DB_URL
                        + "=jdbc:postgresql://host:port/database?user=NAME&password=... or choose one in Settings.");
                return EXIT_USAGE;
            }
            CopyToTeam.Summary summary = new CopyToTeam(new ShortlistRepository(s.database(), s.clock()),
                    new ShortlistRepository(team.get(), s.clock())).run(r -> out().println("  " + r.name() + ": "
                            + r.added() + " added, " + r.alreadyThere() + " already there, " + r.filledIn()
                            + " filled in" + (r.listCreated() ? " (a new list there)" : "")));
            out().println(summary.describe());
            return EXIT_OK;
        });
    }

    @Command(name = "import", description = "Import a shortlist from a Talent Finder JSON export, merging by id.")
    int importList(@Parameters(paramLabel = "FILE", description = "a JSON file exported by Talent Finder") Path file) {
        return run(() -> {
            ShortlistImporter.Summary s = new ShortlistImporter(repository(), services.get().clock()).importFile(file);
            out().println("Imported into \"" + s.listName() + "\"" + (s.listCreated() ? " (a new list)" : "") + ": "
                    + s.added() + " added, " + s.updated() + " updated, " + s.unchanged() + " unchanged, "
                    + s.skipped() + " skipped" + (s.keptRemoved() > 0 ? ", " + s.keptRemoved()
                    + " you had removed left removed" : "") + ".");
            return EXIT_OK;
        });
    }

    private interface Body {
        int run();
    }

    private int run(Body body) {
        try {
            return body.run();
        } catch (ShortlistException | ImportException | IllegalArgumentException e) {
            err().println(e.getMessage());
            return EXIT_USAGE;
        } catch (StoreException e) {
            err().println(e.getMessage());
            return ExitCodes.DATA;
        }
    }

    private ShortlistRepository repository() {
        AppServices s = services.get();
        return new ShortlistRepository(s.shortlistDatabase(), s.clock());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
