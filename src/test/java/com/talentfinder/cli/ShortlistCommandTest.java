package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shortlist …} end to end through picocli, on a data folder in a temporary directory. */
class ShortlistCommandTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private AppServices services;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() {
        services = new AppServices(Map.of("TALENT_FINDER_HOME", dir.resolve("home").toString()), clock);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private int run(AppServices s, String... args) {
        CommandLine cmd = ShortlistCommand.commandLine(s);
        out = new StringWriter();
        err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private int run(String... args) {
        return run(services, args);
    }

    @Test
    void createThenListShowsTheListWithItsCount() {
        assertThat(run("create", "Backend")).isZero();
        assertThat(out.toString()).isEqualTo("Created the shortlist \"Backend\".\n");
        new ShortlistRepository(services.database(), clock).addToListCreatingIfMissing("Backend",
                List.of(TestFreelancers.numbered(1)));

        assertThat(run("list")).isZero();
        assertThat(out.toString()).isEqualTo("Backend  1 freelancer\n");
    }

    @Test
    void listWithNoListsSaysHowToCreateOne() {
        assertThat(run("list")).isZero();
        assertThat(out.toString()).contains("No shortlists yet");
    }

    @Test
    void creatingADuplicateIsAUsageErrorInOneSentence() {
        run("create", "Backend");

        assertThat(run("create", "backend")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("A shortlist named \"Backend\" already exists. Choose another name.\n");
    }

    @Test
    void exportsCsvWithChosenColumns() throws Exception {
        new ShortlistRepository(services.database(), clock).addToListCreatingIfMissing("Backend",
                List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        Path file = dir.resolve("out/backend.csv");

        assertThat(run("export", "Backend", "--format", "CSV", "--out", file.toString(), "--columns", "name,rate"))
                .isZero();

        assertThat(out.toString()).startsWith("Exported 2 entries from \"Backend\" to ");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFName,Hourly rate\r\nFreelancer 1,21.5\r\nFreelancer 2,22.5\r\n");
    }

    @Test
    void exportThenImportIntoAnotherDataFolderRecreatesTheList() {
        new ShortlistRepository(services.database(), clock).addToListCreatingIfMissing("Backend",
                List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        Path file = dir.resolve("backend.json");
        run("export", "Backend", "--format", "json", "--out", file.toString());

        try (AppServices other = new AppServices(Map.of("TALENT_FINDER_HOME", dir.resolve("other").toString()),
                clock)) {
            assertThat(run(other, "import", file.toString())).isZero();
            assertThat(out.toString()).isEqualTo(
                    "Imported into \"Backend\" (a new list): 2 added, 0 updated, 0 unchanged, 0 skipped.\n");
            run(other, "list");
            assertThat(out.toString()).isEqualTo("Backend  2 freelancers\n");
        }
    }

    @Test
    void exportingAnUnknownListIsAUsageError() {
        assertThat(run("export", "Nope", "--format", "csv", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "There is no shortlist named \"Nope\". Run 'shortlist list' to see your lists.\n");
    }

    @Test
    void anUnknownFormatOrColumnIsAUsageError() {
        run("create", "Backend");

        assertThat(run("export", "Backend", "--format", "pdf", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("Unknown export format \"pdf\". Use csv, xlsx or json.\n");
        assertThat(run("export", "Backend", "--format", "csv", "--out", dir.resolve("x").toString(),
                "--columns", "name,salary")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown column \"salary\". Use any of: name, status, rating,");
    }

    @Test
    void aMissingOptionIsOneSentenceWithExitCode2() {
        assertThat(run("export", "Backend", "--format", "csv")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--out").contains("--help");
    }

    @Test
    void importingAFileThatIsNotAnExportIsAUsageError() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "[1,2,3]");

        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("This file is not a Talent Finder shortlist export.");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsADataProblem() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        try (AppServices broken = new AppServices(Map.of("TALENT_FINDER_HOME", notAFolder.resolve("home").toString()),
                clock)) {
            assertThat(run(broken, "list")).isEqualTo(ExitCodes.DATA);
            assertThat(err.toString().lines()).hasSize(1);
            assertThat(err.toString()).startsWith("Could not");
        }
    }

    @Command(name = "talent-finder", subcommands = CommandLine.HelpCommand.class)
    static final class Root {
    }

    @Test
    void worksRegisteredUnderARootCommand() {
        CommandLine root = new CommandLine(new Root()).addSubcommand(new ShortlistCommand(services))
                .setParameterExceptionHandler(ShortlistCommand::usageError);
        StringWriter text = new StringWriter();
        root.setOut(new PrintWriter(text, true));

        assertThat(root.execute("shortlist", "create", "Via root")).isZero();
        assertThat(text.toString()).isEqualTo("Created the shortlist \"Via root\".\n");
    }
}
