package com.talentfinder.cli;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.startup.Logging;
import com.talentfinder.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code search}, {@code demo-server}, {@code shortlist}, {@code credits}.
 * Errors are one plain sentence on stderr; exit codes are in {@link ExitCodes}.
 */
@Command(name = "talent-finder", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Find Upwork freelancers by keyword. With no command, opens the window.",
        subcommands = {SearchCommand.class, DemoServerCommand.class, CreditsCommand.class,
                ShortlistCommand.class,
                ReportCommand.class,
                TrendCommand.class,
                RankCommand.class,
                SavedCommand.class})
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given environment and streams (tests pass their own). */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        try (AppServices services = new AppServices(env, Clock.systemDefaultZone())) {
            Logging.configure(services.dataFolder(), Level.INFO);
            // Settings out of range are replaced by defaults: say so once, then go on.
            services.settingsProblems().forEach(p -> err.println("Note: " + p));
            CommandLine cl = new CommandLine(new Cli(), new Factory(services));
            cl.setOut(out);
            cl.setErr(err);
            cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof StoreException) {
                    commandLine.getErr().println(e.getMessage());
                    return ExitCodes.DATA;
                }
                commandLine.getErr().println("Something went wrong: " + e.getClass().getSimpleName()
                        + ". Details are in the log in " + Logging.folder(services.dataFolder()) + ".");
                java.util.logging.Logger.getLogger(Cli.class.getName()).log(Level.SEVERE, "Command failed", e);
                return ExitCodes.FAILURE;
            });
            cl.setParameterExceptionHandler(ShortlistCommand::usageError);
            return cl.execute(args);
        }
    }

    /** Builds commands with the services they need (constructor injection, no globals). */
    static final class Factory implements CommandLine.IFactory {
        private final AppServices services;

        Factory(AppServices services) {
            this.services = services;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(AppServices.class).newInstance(services);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Talent Finder " + (v == null ? "(development build)" : v)};
        }
    }
}
