package com.talentfinder.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.ChangeFeeds;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.store.VersionedEntry;
import com.talentfinder.testing.TeamDatabaseServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 acceptance, at the use-case level: two apps (each its own Database handle, EntrySync and change feed)
 * on one PostgreSQL database edit the same entry; and one app's edit while the server is stopped is kept and sent
 * when it is back.
 */
class TwoAppsOnPostgresTest {

    private record App(Database db, EntrySync sync, ShortlistRepository repo) implements AutoCloseable {
        static App open(ServerLogin login, String member) {
            Database db = Database.openServer(login);
            ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());
            EntrySync sync = new EntrySync(SyncStore.of(repo.shared()), () -> member, true,
                    new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
            return new App(db, sync, repo);
        }

        @Override
        public void close() {
            sync.close();
            db.close();
        }
    }

    @Test
    void noEditLostSameFieldConflictToTheSecondWriterOthersChangeHeardWithinTwoSeconds() throws Exception {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        try (App ana = App.open(login, "Ana"); App ben = App.open(login, "Ben")) {
            Shortlist list = ana.repo().create("Backend");
            String id = TestFreelancers.numbered(1).id();
            ana.repo().add(list.id(), List.of(TestFreelancers.numbered(1)));
            CountDownLatch benHeard = new CountDownLatch(1);
            ben.sync().addListener(new EntrySync.Listener() {
                @Override
                public void changed() {
                    benHeard.countDown();
                }
            });
            VersionedEntry anaBase = ana.sync().load(list.id(), id).orElseThrow();
            VersionedEntry benBase = ben.sync().load(list.id(), id).orElseThrow();
            ben.sync().listen(l -> ChangeFeeds.start(ben.db(), l));
            Thread.sleep(1000); // the listener's LISTEN is issued on its own thread; nothing is asserted on time

            ana.sync().save(list.id(), anaBase, EntryChange.status(EntryStatus.CONTACTED).and(EntryChange.notes("A")));
            assertThat(benHeard.await(2, TimeUnit.SECONDS)).isTrue();
            EditResult second = ben.sync().save(list.id(), benBase,
                    EntryChange.status(EntryStatus.REJECTED).and(EntryChange.tags(List.of("sql"))));

            assertThat(second.outcome()).isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
                assertThat(c.conflicts()).singleElement().satisfies(f -> {
                    assertThat(f.mine()).isEqualTo(EntryStatus.REJECTED);
                    assertThat(f.theirs()).isEqualTo(EntryStatus.CONTACTED);
                    assertThat(f.theirsBy()).isEqualTo("Ana");
                });
            });
            VersionedEntry stored = ana.sync().load(list.id(), id).orElseThrow();
            assertThat(stored.entry().status()).isEqualTo(EntryStatus.CONTACTED);
            assertThat(stored.entry().notes()).isEqualTo("A");
            assertThat(stored.entry().tags()).containsExactly("sql");
        }
    }

    @Test
    void anEditWhileTheServerIsStoppedIsKeptAndSentWhenItRestarts() throws Exception {
        try (TeamDatabaseServer own = TeamDatabaseServer.startOwn()) {
            ServerLogin login = own.freshDatabase();
            try (App ben = App.open(login, "Ben")) {
                Shortlist list = ben.repo().create("Backend");
                String id = TestFreelancers.numbered(1).id();
                ben.repo().add(list.id(), List.of(TestFreelancers.numbered(1)));
                VersionedEntry base = ben.sync().load(list.id(), id).orElseThrow();
                CountDownLatch sent = new CountDownLatch(1);
                ben.sync().addListener(new EntrySync.Listener() {
                    @Override
                    public void sent(EntrySync.Pending edit, EditResult result) {
                        sent.countDown();
                    }
                });
                ben.sync().listen(l -> ChangeFeeds.start(ben.db(), l));

                own.stop();
                EditResult whileAway = ben.sync().save(list.id(), base, EntryChange.notes("Call on Monday"));
                assertThat(whileAway.kept()).isTrue();
                assertThat(ben.sync().state()).isEqualTo(ConnectionState.UNREACHABLE);
                own.start();

                assertThat(sent.await(60, TimeUnit.SECONDS)).isTrue();
                assertThat(ben.sync().load(list.id(), id).orElseThrow().entry().notes()).isEqualTo("Call on Monday");
                assertThat(ben.sync().state()).isEqualTo(ConnectionState.CONNECTED);
            }
        }
    }
}
