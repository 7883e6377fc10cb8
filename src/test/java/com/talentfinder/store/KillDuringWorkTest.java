package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportFormat;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 8: {@code kill -9} in the middle of an import, a migration and an export leaves the database
 * sound ({@code PRAGMA integrity_check}) and complete (each unit of work all there or not there at all).
 */
class KillDuringWorkTest {

    private static final int ENTRIES = 3_000;

    @TempDir
    Path dir;

    private Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FaultChildMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** Reads the child's lines until {@code stop} has been seen, then kills it at once (SIGKILL). */
    private List<String> killAfter(Process child, String stop, long extraMillis) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = ChildJvm.stdout(child)) {
            String line;
            while ((line = out.readLine()) != null) {
                assertThat(line).as("child stderr: %s", Files.readString(dir.resolve("child.err")))
                        .doesNotStartWith("ERROR");
                lines.add(line);
                if (line.equals(stop)) {
                    break;
                }
            }
            Thread.sleep(extraMillis);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return lines;
    }

    private Path exportFile(int entries) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("format", ExportFormat.SHORTLIST_JSON_MARKER);
        root.put("version", 1);
        root.put("name", "Batch");
        ArrayNode a = root.putArray("entries");
        for (int i = 0; i < entries; i++) {
            ObjectNode e = FreelancerJson.toJson(TestFreelancers.numbered(i));
            e.put("status", "CONTACTED");
            e.put("notes", "note " + i);
            a.add(e);
        }
        Path file = dir.resolve("batch.json");
        json.writeValue(file.toFile(), root);
        return file;
    }

    @Test
    @Timeout(180)
    void killedDuringImportLeavesEveryBatchWholeOrAbsent() throws Exception {
        Path db = dir.resolve("talent-finder.db");
        Database.open(db);
        Path file = exportFile(ENTRIES);

        List<String> lines = killAfter(start("import", db.toString(), file.toString()), "1", 150);
        int completed = Integer.parseInt(lines.get(lines.size() - 1)) + 1;

        Database reopened = Database.open(db);
        assertThat(reopened.integrityCheck()).isEqualTo("ok");
        ShortlistRepository repo = new ShortlistRepository(reopened, Clock.systemUTC());
        for (Shortlist list : repo.list()) {
            int n = repo.count(list.id(), EntryQuery.all());
            assertThat(n).as(list.name()).isIn(0, ENTRIES);
        }
        for (int i = 0; i < completed; i++) {
            Shortlist list = repo.findByName("Batch " + i).orElseThrow();
            assertThat(repo.count(list.id(), EntryQuery.all())).isEqualTo(ENTRIES);
        }
    }

    @Test
    @Timeout(180)
    void killedDuringMigrationLeavesADatabaseThatOpensComplete() throws Exception {
        Path db = dir.resolve("talent-finder.db");
        ShortlistRepository setup = new ShortlistRepository(Database.open(db), Clock.systemUTC());
        long list = setup.create("Big").id();
        List<Freelancer> many = IntStream.range(0, 20_000).mapToObj(TestFreelancers::numbered).toList();
        setup.add(list, many);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // Dirty every snapshot so the V5 migration rewrites all of them, then pretend to be version 4.
            s.execute("UPDATE shortlist_entry SET snapshot_json = replace(snapshot_json, '\"name\":\"', "
                    + "'\"name\":\"\\u202E')");
            s.execute("PRAGMA user_version = 4");
        }

        killAfter(start("migrate", db.toString()), "opening", 400);

        Database reopened = Database.open(db);
        assertThat(reopened.integrityCheck()).isEqualTo("ok");
        ShortlistRepository repo = new ShortlistRepository(reopened, Clock.systemUTC());
        assertThat(repo.count(list, EntryQuery.all())).isEqualTo(20_000);
        assertThat(repo.entries(list, EntryQuery.all()).get(0).freelancer().name()).doesNotContain("\u202E");
    }

    @Test
    @Timeout(180)
    void killedDuringExportLeavesTheDatabaseAndTheLastFinishedFileWhole() throws Exception {
        Path db = dir.resolve("talent-finder.db");
        ShortlistRepository setup = new ShortlistRepository(Database.open(db), Clock.systemUTC());
        long list = setup.create("Export me").id();
        setup.add(list, IntStream.range(0, 20_000).mapToObj(TestFreelancers::numbered).toList());
        Path out = dir.resolve("out.csv");

        killAfter(start("export", db.toString(), "Export me", out.toString()), "0", 200);

        Database reopened = Database.open(db);
        assertThat(reopened.integrityCheck()).isEqualTo("ok");
        assertThat(new ShortlistRepository(reopened, Clock.systemUTC()).count(list, EntryQuery.all()))
                .isEqualTo(20_000);
        // The file in place is always a whole export (written aside, then moved in one step).
        assertThat(Files.readString(out).split("\r\n")).hasSize(20_001);
    }
}
