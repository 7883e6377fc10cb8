package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.concurrent.HeldSink;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepAheadTest {

    @TempDir
    Path dir;

    private static StepAhead.Producer<Integer> numbers(int n, AtomicInteger produced) {
        return out -> {
            for (int i = 0; i < n; i++) {
                produced.incrementAndGet();
                out.accept(i);
            }
        };
    }

    @Test
    void everyItemReachesTheCallerInOrderOnTheCallersThread() {
        int n = StepAhead.BATCH * StepAhead.BATCHES * 3 + 5;
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();

        StepAhead.run("test-step-ahead", numbers(n, new AtomicInteger()), i -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(i);
        });

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, n).boxed().toList());
    }

    @Test
    void theCallersFailureIsThrownAndStopsTheProducerBeforeReturning() {
        AtomicInteger produced = new AtomicInteger();
        int n = 10_000_000;
        IllegalStateException boom = new IllegalStateException("sink failed");

        assertThatThrownBy(() -> StepAhead.run("test-step-ahead", numbers(n, produced), i -> {
            if (i == 10) {
                throw boom;
            }
        })).isSameAs(boom);

        int stoppedAt = produced.get();
        assertThat(stoppedAt).isLessThan(n);
        // The helper has ended (joined), so nothing is produced any more.
        assertThat(produced.get()).isEqualTo(stoppedAt);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("test-step-ahead");
    }

    @Test
    void theProducersFailureReachesTheCallerAsItWasThrown() {
        StoreException gone = new StoreException("The database is gone.", null);
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> StepAhead.<Integer>run("test-step-ahead", out -> {
            out.accept(1);
            out.accept(2);
            throw gone;
        }, seen::add)).isSameAs(gone);

        assertThat(seen).containsExactly(1, 2); // what came before the failure was handed over first
    }

    @Test
    void theHelperRunsAtMostFourBatchesAhead() throws Exception {
        // The caller holds the first batch; the queue takes BATCHES more, and one more batch waits to be put.
        int most = StepAhead.BATCH * (StepAhead.BATCHES + 2);

        int produced = HeldSink.producedWhileHeld((producer, sink) -> StepAhead.<Integer>run("test-step-ahead",
                producer::accept, sink), most, most * 4);

        assertThat(StepAhead.BATCHES).isEqualTo(4);
        assertThat(produced).isEqualTo(most);
    }

    @Test
    void anInterruptDoesNotCutTheStreamShortAndIsKeptForTheCaller() {
        List<Integer> seen = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            StepAhead.run("test-step-ahead", numbers(5_000, new AtomicInteger()), seen::add);

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void aDamagedSnapshotInTheMiddleOfAStreamIsAStoreErrorAndTheDatabaseIsLetGo() throws Exception {
        Path file = dir.resolve("t.db");
        ShortlistRepository repo = new ShortlistRepository(Database.open(file),
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        long list = repo.create("Streamed").id();
        List<Freelancer> many = new ArrayList<>();
        IntStream.range(0, 1_000).forEach(i -> many.add(TestFreelancers.numbered(i)));
        repo.add(list, many);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE shortlist_entry SET snapshot_json = '{\"id\": [' WHERE freelancer_id = '"
                    + many.get(600).id() + "'");
        }
        List<ShortlistEntry> seen = new ArrayList<>();

        assertThatThrownBy(() -> repo.forEachEntry(list, EntryQuery.all(), seen::add))
                .isInstanceOf(StoreException.class);

        assertThat(seen).hasSizeLessThan(1_000);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("shortlist-step-ahead");
        repo.remove(list, List.of(many.get(600).id()));
        List<ShortlistEntry> rest = new ArrayList<>();
        assertThat(repo.forEachEntry(list, EntryQuery.all(), rest::add)).isEqualTo(999);
    }
}
