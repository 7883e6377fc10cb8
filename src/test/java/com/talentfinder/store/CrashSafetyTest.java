package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Shortlist;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: kill -9 during a burst of 1,000 shortlist writes loses no committed entry. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNoCommittedEntryAndLeavesASoundFile() throws Exception {
        Path file = dir.resolve("talent-finder.db");
        ShortlistRepository setup = new ShortlistRepository(Database.open(file), Clock.systemUTC());
        Shortlist list = setup.create("Burst");

        Process child = ChildJvm.startWriter(file, "Burst", "burst-", 1_000, dir.resolve("child.err"));
        int committed = 0;
        try (BufferedReader out = ChildJvm.stdout(child)) {
            String line;
            while (committed < 300 && (line = out.readLine()) != null) {
                assertThat(line).as("child output (stderr: %s)", dir.resolve("child.err")).doesNotStartWith("ERROR");
                committed = Integer.parseInt(line.strip());
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("child stderr: %s", Files.readString(dir.resolve("child.err"))).isEqualTo(300);

        Database db = Database.open(file);
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
        List<String> reported = IntStream.range(0, committed).mapToObj(i -> "burst-" + i).toList();
        assertThat(repo.shortlistedAmong(reported)).hasSize(committed);
        assertThat(repo.count(list.id(), EntryQuery.all())).isBetween(committed, 1_000);
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }
}
