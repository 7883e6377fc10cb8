package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Shortlist;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: two app processes on one database neither corrupt it nor meet "database is locked". */
class TwoProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoWritersAtOnceBothFinishWithEveryRow() throws Exception {
        Path file = dir.resolve("talent-finder.db");
        ShortlistRepository setup = new ShortlistRepository(Database.open(file), Clock.systemUTC());
        Shortlist list = setup.create("Together");

        Process a = ChildJvm.startWriter(file, "Together", "a-", 200, dir.resolve("a.err"));
        Process b = ChildJvm.startWriter(file, "Together", "b-", 200, dir.resolve("b.err"));
        Reader readerA = new Reader(a);
        Reader readerB = new Reader(b);
        List<String> outA = readerA.all();
        List<String> outB = readerB.all();

        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(outA).as("stderr: %s", Files.readString(dir.resolve("a.err")))
                .noneMatch(l -> l.startsWith("ERROR")).last().isEqualTo("200");
        assertThat(outB).as("stderr: %s", Files.readString(dir.resolve("b.err")))
                .noneMatch(l -> l.startsWith("ERROR")).last().isEqualTo("200");
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();

        Database db = Database.open(file);
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
        assertThat(repo.count(list.id(), EntryQuery.all())).isEqualTo(400);
        Shortlist shared = repo.findByName("Shared").orElseThrow();
        assertThat(repo.list()).extracting(Shortlist::name).containsExactly("Shared", "Together");
        assertThat(repo.count(shared.id(), EntryQuery.all())).isEqualTo(20);
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    /** Reads a child's output on a thread of its own, so neither child blocks on a full pipe. */
    private static final class Reader {
        private final List<String> out = new ArrayList<>();
        private final Thread thread;

        Reader(Process p) {
            thread = new Thread(() -> {
                try (BufferedReader r = ChildJvm.stdout(p)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        synchronized (out) {
                            out.add(line.strip());
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            thread.start();
        }

        List<String> all() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(120));
            synchronized (out) {
                return List.copyOf(out);
            }
        }
    }
}
