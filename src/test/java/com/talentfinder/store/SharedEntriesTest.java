package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one database: two {@link Database} instances on one file, each with its own connections, as two
 * app processes have. Issue 16, point 2.
 */
class SharedEntriesTest {

    @TempDir
    Path dir;

    private SharedEntries ana;
    private SharedEntries ben;
    private Database anaDb;
    private Database benDb;
    private long listId;
    private final String id = TestFreelancers.numbered(1).id();

    /** Two handles on one database, as two app processes have. */
    Database[] openTwo(Path folder) {
        Path file = folder.resolve("team.db");
        return new Database[] {Database.open(file), Database.open(file)};
    }

    /** The other handle's change feed. */
    ChangeFeed listen(Database db, CountDownLatch heard) throws InterruptedException {
        SqliteChangePoller feed = SqliteChangePoller.start(db, Duration.ofMillis(200), heard::countDown);
        assertThat(feed.awaitFirstReading(Duration.ofSeconds(10))).isTrue();
        return feed;
    }

    @org.junit.jupiter.api.AfterEach
    void closeBoth() {
        anaDb.close();
        benDb.close();
    }

    @BeforeEach
    void twoPeopleOnOneDatabase() {
        Database[] two = openTwo(dir);
        anaDb = two[0];
        benDb = two[1];
        ShortlistRepository repo = new ShortlistRepository(anaDb, Clock.systemUTC());
        Shortlist list = repo.create("Backend");
        repo.add(list.id(), List.of(TestFreelancers.numbered(1)));
        listId = list.id();
        ana = new SharedEntries(anaDb, Clock.systemUTC());
        ben = new SharedEntries(benDb, Clock.systemUTC());
    }

    @Test
    void changesToDifferentFieldsMergeSilently() {
        VersionedEntry anaBase = ana.load(listId, id).orElseThrow();
        VersionedEntry benBase = ben.load(listId, id).orElseThrow();

        SaveOutcome first = ana.save(listId, anaBase, EntryChange.status(EntryStatus.CONTACTED), "Ana");
        SaveOutcome second = ben.save(listId, benBase, EntryChange.notes("Strong on SQL"), "Ben");

        assertThat(first).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Saved.class, s -> {
            assertThat(s.merged()).isTrue();
            assertThat(s.now().entry().status()).isEqualTo(EntryStatus.CONTACTED);
            assertThat(s.now().entry().notes()).isEqualTo("Strong on SQL");
        });
        VersionedEntry stored = ana.load(listId, id).orElseThrow();
        assertThat(stored.entry().status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(stored.entry().notes()).isEqualTo("Strong on SQL");
        assertThat(stored.stamp().version()).isEqualTo(anaBase.stamp().version() + 2);
        assertThat(stored.stamp().changedBy()).isEqualTo("Ben");
        assertThat(stored.stamp().changedFields()).containsExactly(EntryField.NOTES);
        assertThat(stored.stamp().changedAt()).isNotNull();
    }

    @Test
    void theSameFieldChangedByBothIsAConflictWithBothValuesAndNothingOverwritten() {
        VersionedEntry anaBase = ana.load(listId, id).orElseThrow();
        VersionedEntry benBase = ben.load(listId, id).orElseThrow();
        ana.save(listId, anaBase, EntryChange.status(EntryStatus.CONTACTED), "Ana");

        SaveOutcome second = ben.save(listId, benBase,
                EntryChange.status(EntryStatus.REJECTED).and(EntryChange.tags(List.of("sql"))), "Ben");

        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
            assertThat(c.conflicts()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo(EntryField.STATUS);
                assertThat(f.mine()).isEqualTo(EntryStatus.REJECTED);
                assertThat(f.theirs()).isEqualTo(EntryStatus.CONTACTED);
                assertThat(f.theirsBy()).isEqualTo("Ana");
            });
            // the field without a clash was written
            assertThat(c.now().entry().tags()).containsExactly("sql");
        });
        assertThat(ana.load(listId, id).orElseThrow().entry().status()).isEqualTo(EntryStatus.CONTACTED);
    }

    @Test
    void keepMineWritesOverTheVersionTheConflictShowed() {
        VersionedEntry anaBase = ana.load(listId, id).orElseThrow();
        VersionedEntry benBase = ben.load(listId, id).orElseThrow();
        ana.save(listId, anaBase, EntryChange.notes("Ana's note"), "Ana");
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) ben.save(listId, benBase,
                EntryChange.notes("Ben's note"), "Ben");

        SaveOutcome kept = ben.save(listId, conflict.now(), EntryChange.notes("Ben's note"), "Ben");

        assertThat(kept).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(ana.load(listId, id).orElseThrow().entry().notes()).isEqualTo("Ben's note");
    }

    @Test
    void anEntryRemovedMeanwhileIsGone() {
        VersionedEntry benBase = ben.load(listId, id).orElseThrow();
        new ShortlistRepository(anaDb, Clock.systemUTC()).remove(listId, List.of(id));

        assertThat(ben.save(listId, benBase, EntryChange.rating(4), "Ben")).isInstanceOf(SaveOutcome.Gone.class);
    }

    @Test
    void eachMemberRatesOnTheirOwnAndTheEntryShowsTheAverage() {
        ana.rate(listId, id, "Ana", 5);
        SaveOutcome out = ben.rate(listId, id, "Ben", 2);

        assertThat(out).isInstanceOfSatisfying(SaveOutcome.Saved.class,
                s -> assertThat(s.now().entry().rating()).isEqualTo(4)); // 3.5 rounds up
        assertThat(ana.ratings(listId, List.of(id)).get(id)).extracting(MemberRating::member, MemberRating::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", 5),
                        org.assertj.core.groups.Tuple.tuple("Ben", 2));

        ana.rate(listId, id, "Ana", 0);
        assertThat(ben.load(listId, id).orElseThrow().entry().rating()).isEqualTo(2);
        assertThat(ben.ratings(listId, List.of(id)).get(id)).extracting(MemberRating::member).containsExactly("Ben");
    }

    @Test
    void anotherConnectionsWriteIsHeardWithinTwoSeconds() throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        try (ChangeFeed feed = listen(benDb, heard)) {
            ana.save(listId, ana.load(listId, id).orElseThrow(), EntryChange.status(EntryStatus.HIRED), "Ana");

            assertThat(heard.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }
}
