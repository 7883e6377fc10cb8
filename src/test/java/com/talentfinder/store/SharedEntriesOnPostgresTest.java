package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link SharedEntriesTest} on one PostgreSQL database opened twice (two apps), the change feed
 * being LISTEN/NOTIFY; and the feed when the server goes away and comes back.
 */
class SharedEntriesOnPostgresTest extends SharedEntriesTest {

    @Override
    Database[] openTwo(Path folder) {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        return new Database[] {Database.openServer(login), Database.openServer(login)};
    }

    @Override
    ChangeFeed listen(Database db, CountDownLatch heard) throws InterruptedException {
        PgChangeListener feed = PgChangeListener.start(db, heard::countDown, Backoff.standard());
        assertThat(feed.awaitListening(Duration.ofSeconds(20))).isTrue();
        return feed;
    }

    @Test
    void theFeedSaysLostWhenTheServerStopsAndBackWhenItReturnsThenHearsChangesAgain() throws Exception {
        try (TeamDatabaseServer own = TeamDatabaseServer.startOwn()) {
            ServerLogin login = own.freshDatabase();
            Database writer = Database.openServer(login);
            Database reader = Database.openServer(login);
            ShortlistRepository repo = new ShortlistRepository(writer, Clock.systemUTC());
            Shortlist list = repo.create("Backend");
            repo.add(list.id(), List.of(TestFreelancers.numbered(1)));
            CountDownLatch lost = new CountDownLatch(1);
            CountDownLatch back = new CountDownLatch(1);
            CountDownLatch changedAfterBack = new CountDownLatch(1);
            ChangeFeed.Listener listener = new ChangeFeed.Listener() {
                @Override
                public void changed() {
                    if (back.getCount() == 0) {
                        changedAfterBack.countDown();
                    }
                }

                @Override
                public void lost() {
                    lost.countDown();
                }

                @Override
                public void back() {
                    back.countDown();
                }
            };
            PgChangeListener feed = PgChangeListener.start(writer, listener, // one app: its feed and its writes
                    new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
            try {
                assertThat(feed.awaitListening(Duration.ofSeconds(20))).isTrue();

                own.stop();
                assertThat(lost.await(30, TimeUnit.SECONDS)).isTrue();
                own.start();
                assertThat(back.await(60, TimeUnit.SECONDS)).isTrue();

                SharedEntries entries = new SharedEntries(writer, Clock.systemUTC());
                entries.save(list.id(), entries.load(list.id(), TestFreelancers.numbered(1).id()).orElseThrow(),
                        EntryChange.status(EntryStatus.HIRED), "Ana");
                assertThat(changedAfterBack.await(2, TimeUnit.SECONDS)).isTrue();
            } finally {
                feed.close();
                writer.close();
                reader.close();
            }
        }
    }
}
