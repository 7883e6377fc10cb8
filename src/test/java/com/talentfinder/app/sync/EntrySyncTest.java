package com.talentfinder.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.MemberRating;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.SharedEntries;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.store.VersionedEntry;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit use case over a real store that can be switched "away", as a team server can be. */
class EntrySyncTest {

    @TempDir
    Path dir;

    private SwitchableStore store;
    private SharedEntries other;
    private EntrySync sync;
    private long listId;
    private final Freelancer one = TestFreelancers.numbered(1);

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("team.db"));
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
        Shortlist list = repo.create("Backend");
        repo.add(list.id(), List.of(one));
        listId = list.id();
        store = new SwitchableStore(SyncStore.of(new SharedEntries(db, Clock.systemUTC())));
        other = new SharedEntries(Database.open(dir.resolve("team.db")), Clock.systemUTC());
        sync = new EntrySync(store, () -> "Ben", true, new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)));
    }

    @AfterEach
    void close() {
        sync.close();
    }

    @Test
    void anEditMadeWhileTheServerIsAwayIsKeptAndSentWhenItIsBack() throws Exception {
        VersionedEntry base = sync.load(listId, one.id()).orElseThrow();
        CountDownLatch sent = new CountDownLatch(1);
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        List<EditResult> results = new CopyOnWriteArrayList<>();
        sync.addListener(new EntrySync.Listener() {
            @Override
            public void state(ConnectionState state, int keptEdits) {
                states.add(state);
            }

            @Override
            public void sent(EntrySync.Pending edit, EditResult result) {
                results.add(result);
                sent.countDown();
            }
        });
        store.down = true;

        EditResult first = sync.save(listId, base, EntryChange.notes("Call on Monday"));
        EditResult second = sync.save(listId, base, EntryChange.status(EntryStatus.CONTACTED));

        assertThat(first.kept()).isTrue();
        assertThat(second.kept()).isTrue();
        assertThat(sync.state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(sync.keptEdits()).isEqualTo(1); // one entry: both fields in one edit
        assertThat(states).contains(ConnectionState.UNREACHABLE);

        store.down = false;

        assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.outcome()).isInstanceOf(SaveOutcome.Saved.class));
        VersionedEntry stored = other.load(listId, one.id()).orElseThrow();
        assertThat(stored.entry().notes()).isEqualTo("Call on Monday");
        assertThat(stored.entry().status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(stored.stamp().changedBy()).isEqualTo("Ben");
        assertThat(sync.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(sync.keptEdits()).isZero();
    }

    @Test
    void aKeptEditThatClashesWithSomeoneElsesIsSentAsAConflictNeverOverwriting() throws Exception {
        VersionedEntry base = sync.load(listId, one.id()).orElseThrow();
        CountDownLatch sent = new CountDownLatch(1);
        List<EditResult> results = new CopyOnWriteArrayList<>();
        sync.addListener(new EntrySync.Listener() {
            @Override
            public void sent(EntrySync.Pending edit, EditResult result) {
                results.add(result);
                sent.countDown();
            }
        });
        store.down = true;
        sync.save(listId, base, EntryChange.status(EntryStatus.REJECTED));
        other.save(listId, other.load(listId, one.id()).orElseThrow(), EntryChange.status(EntryStatus.HIRED), "Dana");

        store.down = false;

        assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(results.get(0).outcome()).isInstanceOfSatisfying(SaveOutcome.Conflict.class,
                c -> assertThat(c.conflicts().get(0).theirsBy()).isEqualTo("Dana"));
        assertThat(other.load(listId, one.id()).orElseThrow().entry().status()).isEqualTo(EntryStatus.HIRED);
    }

    @Test
    void ratingsOnATeamDatabaseArePerMember() {
        VersionedEntry base = sync.load(listId, one.id()).orElseThrow();
        other.rate(listId, one.id(), "Dana", 2);

        EditResult mine = sync.rate(listId, base, 4);

        assertThat(mine.outcome()).isInstanceOfSatisfying(SaveOutcome.Saved.class,
                s -> assertThat(s.now().entry().rating()).isEqualTo(3));
        assertThat(sync.ratings(listId, List.of(one.id())).get(one.id()))
                .extracting(MemberRating::member).containsExactly("Ben", "Dana");
    }

    @Test
    void otherFailuresAreNotMistakenForALostConnection() {
        assertThat(Unreachable.is(new StoreException("disk full", new java.sql.SQLException("SQLITE_FULL")))).isFalse();
        assertThat(Unreachable.is(new StoreException("away", new java.sql.SQLException("refused", "08001"))))
                .isTrue();
        assertThat(Unreachable.is(new StoreException("away", new ConnectException("refused")))).isTrue();
    }
}
