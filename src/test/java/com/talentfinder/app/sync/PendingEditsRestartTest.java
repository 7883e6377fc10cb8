package com.talentfinder.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.ChangeFeeds;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.SharedEntries;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.store.VersionedEntry;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: edits made while the team database is away survive the app's restart. The first "run" keeps them and
 * is closed without sending; the next run (a new EntrySync over the same data folder) sends them through the same
 * versioned save, so a clash on return is a conflict, never an overwrite.
 */
class PendingEditsRestartTest {

    private static final String TARGET = "jdbc:postgresql://team.example:5432/team";

    @TempDir
    Path dir;

    private Path home;
    private Database db;
    private SharedEntries shared;
    private long listId;
    private final Freelancer one = TestFreelancers.numbered(1);
    private final Freelancer two = TestFreelancers.numbered(2);

    @BeforeEach
    void open() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        db = Database.open(dir.resolve("team.db"));
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
        Shortlist list = repo.create("Backend");
        repo.add(list.id(), List.of(one, two));
        listId = list.id();
        shared = new SharedEntries(db, Clock.systemUTC());
    }

    private static Backoff fast() {
        return new Backoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    private EntrySync run(SyncStore store) {
        return new EntrySync(store, () -> "Ben", true, fast(), PendingEdits.inFolder(home, TARGET));
    }

    /** The first run: the server is away, two edits are kept, then the app stops. */
    private void firstRunKeeps(EntryChange onOne, EntryChange onTwo) {
        SwitchableStore away = new SwitchableStore(SyncStore.of(shared));
        try (EntrySync first = run(away)) {
            VersionedEntry base1 = first.load(listId, one.id()).orElseThrow();
            VersionedEntry base2 = first.load(listId, two.id()).orElseThrow();
            away.down = true;
            assertThat(first.save(listId, base1, onOne).kept()).isTrue();
            if (onTwo != null) {
                assertThat(first.save(listId, base2, onTwo).kept()).isTrue();
            }
        }
    }

    private static List<EditResult> sentBy(EntrySync sync, CountDownLatch latch) {
        List<EditResult> results = new CopyOnWriteArrayList<>();
        sync.addListener(new EntrySync.Listener() {
            @Override
            public void sent(EntrySync.Pending edit, EditResult result) {
                results.add(result);
                latch.countDown();
            }
        });
        return results;
    }

    @Test
    void editsKeptWhileAwaySurviveARestartAndAreSavedOnTheNextStart() throws Exception {
        firstRunKeeps(EntryChange.notes("Call on Monday").and(EntryChange.tags(List.of("sql"))),
                EntryChange.status(EntryStatus.CONTACTED));
        assertThat(Files.exists(home.resolve(PendingEdits.FILE))).isTrue();
        assertThat(shared.load(listId, one.id()).orElseThrow().entry().notes()).isEmpty();

        try (EntrySync next = run(SyncStore.of(shared))) {
            assertThat(next.keptEdits()).isEqualTo(2);
            CountDownLatch sent = new CountDownLatch(2);
            List<EditResult> results = sentBy(next, sent);
            next.listen(l -> ChangeFeeds.start(db, l));

            assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isInstanceOf(SaveOutcome.Saved.class));
            VersionedEntry first = shared.load(listId, one.id()).orElseThrow();
            assertThat(first.entry().notes()).isEqualTo("Call on Monday");
            assertThat(first.entry().tags()).containsExactly("sql");
            assertThat(first.stamp().changedBy()).isEqualTo("Ben");
            assertThat(shared.load(listId, two.id()).orElseThrow().entry().status()).isEqualTo(EntryStatus.CONTACTED);
            assertThat(next.keptEdits()).isZero();
        }
        assertThat(Files.exists(home.resolve(PendingEdits.FILE))).isFalse();
        assertThat(PendingEdits.inFolder(home, TARGET).size()).isZero();
    }

    @Test
    void aKeptEditThatClashesOnReturnAfterARestartIsAConflictAndTheirsStays() throws Exception {
        firstRunKeeps(EntryChange.status(EntryStatus.REJECTED), null);
        shared.save(listId, shared.load(listId, one.id()).orElseThrow(), EntryChange.status(EntryStatus.HIRED),
                "Dana");

        try (EntrySync next = run(SyncStore.of(shared))) {
            CountDownLatch sent = new CountDownLatch(1);
            List<EditResult> results = sentBy(next, sent);
            next.listen(l -> ChangeFeeds.start(db, l));

            assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(results.get(0).outcome()).isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
                assertThat(c.conflicts()).singleElement().satisfies(f -> {
                    assertThat(f.mine()).isEqualTo(EntryStatus.REJECTED);
                    assertThat(f.theirs()).isEqualTo(EntryStatus.HIRED);
                    assertThat(f.theirsBy()).isEqualTo("Dana");
                });
            });
        }
        assertThat(shared.load(listId, one.id()).orElseThrow().entry().status()).isEqualTo(EntryStatus.HIRED);
        assertThat(PendingEdits.inFolder(home, TARGET).size()).isZero();
    }

    @Test
    void damagedOrTamperedEditsAreSkippedAndTheRestStillGoOut() throws Exception {
        firstRunKeeps(EntryChange.notes("Call on Monday"), null);
        Path file = home.resolve(PendingEdits.FILE);
        String good = Files.readString(file);
        String edits = good.substring(good.indexOf('[') + 1, good.lastIndexOf(']')).strip();
        String rest = ",\n"
                + edits.replace("\"NOTES\"", "\"RATING\"").replace("\"Call on Monday\"", "99")
                        .replace("\"\"", "0") // rating 99: out of range
                + ",\n" + edits.replace(one.id(), one.id() + "\\u0000\\u001b[2J") // a control-laden id
                + ",\n" + edits.replace("\"version\" : ", "\"version\" : \"x\", \"was\" : ") // not a number
                + ",\n\"just text\", 42, null, {}";
        Files.writeString(file, good.substring(0, good.lastIndexOf(']')) + rest + "]}", StandardCharsets.UTF_8);

        PendingEdits read = PendingEdits.inFolder(home, TARGET);
        assertThat(read.all()).singleElement().satisfies(e -> {
            assertThat(e.freelancerId()).isEqualTo(one.id());
            assertThat(e.change()).isEqualTo(EntryChange.notes("Call on Monday"));
        });

        Files.writeString(file, "{\"edits\": [ {\"list\": 1, ", StandardCharsets.UTF_8); // cut short
        assertThat(PendingEdits.inFolder(home, TARGET).size()).isZero();
        assertThat(Files.exists(home.resolve(PendingEdits.FILE + ".damaged"))).isTrue();
    }

    @Test
    void editsForAnotherTeamDatabaseAreLeftAsTheyAre() throws Exception {
        firstRunKeeps(EntryChange.notes("For the first team"), null);

        PendingEdits other = PendingEdits.inFolder(home, "jdbc:postgresql://elsewhere:5432/team");
        assertThat(other.size()).isZero();
        other.keep(new EntrySync.Pending(7, "~07", 1, EntryChange.notes(""), EntryChange.notes("Other team"), "Ben",
                false, 0));
        other.done(other.all().get(0));

        assertThat(PendingEdits.inFolder(home, TARGET).all()).singleElement()
                .satisfies(e -> assertThat(e.change()).isEqualTo(EntryChange.notes("For the first team")));
    }

    @Test
    void onPostgresAnEditKeptWhileTheServerIsStoppedIsSavedByTheNextRunWhenItIsBack() throws Exception {
        try (TeamDatabaseServer own = TeamDatabaseServer.startOwn()) {
            ServerLogin login = own.freshDatabase();
            long list;
            Database pg1 = Database.openServer(login);
            try {
                ShortlistRepository repo = new ShortlistRepository(pg1, Clock.systemUTC());
                list = repo.create("Backend").id();
                repo.add(list, List.of(one));
                try (EntrySync first = run(SyncStore.of(repo.shared()))) {
                    VersionedEntry base = first.load(list, one.id()).orElseThrow();
                    own.stop();
                    assertThat(first.save(list, base, EntryChange.notes("Call on Monday")).kept()).isTrue();
                }
            } finally {
                pg1.close();
            }
            // the app is restarted while the server is still away
            Database pg = Database.server(login);
            try {
                ShortlistRepository repo = new ShortlistRepository(pg, Clock.systemUTC());
                try (EntrySync next = run(SyncStore.of(repo.shared()))) {
                    List<Integer> keptSeen = new CopyOnWriteArrayList<>();
                    next.addListener(new EntrySync.Listener() {
                        @Override
                        public void state(ConnectionState state, int keptEdits) {
                            keptSeen.add(keptEdits);
                        }
                    });
                    CountDownLatch sent = new CountDownLatch(1);
                    List<EditResult> results = sentBy(next, sent);
                    next.listen(l -> ChangeFeeds.start(pg, l));
                    assertThat(keptSeen).isNotEmpty().allMatch(n -> n == 1);
                    own.start();

                    assertThat(sent.await(60, TimeUnit.SECONDS)).isTrue();
                    assertThat(results.get(0).outcome()).isInstanceOf(SaveOutcome.Saved.class);
                    VersionedEntry stored = next.load(list, one.id()).orElseThrow();
                    assertThat(stored.entry().notes()).isEqualTo("Call on Monday");
                    assertThat(stored.stamp().changedBy()).isEqualTo("Ben");
                }
            } finally {
                pg.close();
            }
        }
        assertThat(PendingEdits.inFolder(home, TARGET).size()).isZero();
    }
}
