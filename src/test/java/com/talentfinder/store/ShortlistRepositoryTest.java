package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistRepositoryTest {

    /** The store under test: the SQLite file here; {@code ShortlistRepositoryOnPostgresTest} runs every test on PostgreSQL. */
    Database openDatabase(Path folder) {
        return Database.open(folder.resolve("t.db"));
    }

    Database db;

    @org.junit.jupiter.api.AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private static final byte[] FIRST_PORTRAIT = com.talentfinder.testing.TestImages.png(2, 2);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private ShortlistRepository repo;

    @BeforeEach
    void open() {
        repo = new ShortlistRepository(db = openDatabase(dir), clock);
    }

    @Test
    void createdListsAreListedByNameWithCounts() {
        Shortlist b = repo.create("  Backend ");
        repo.create("Android");
        repo.add(b.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));

        assertThat(repo.list()).extracting(Shortlist::name, Shortlist::entryCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Android", 0),
                        org.assertj.core.groups.Tuple.tuple("Backend", 2));
    }

    @Test
    void duplicateNameIsRefusedIgnoringCase() {
        repo.create("Backend");

        assertThatThrownBy(() -> repo.create("backend"))
                .isInstanceOf(ShortlistException.class)
                .hasMessage("A shortlist named \"Backend\" already exists. Choose another name.")
                .extracting(e -> ((ShortlistException) e).reason()).isEqualTo(ShortlistException.Reason.NAME_TAKEN);
    }

    @Test
    void blankNameIsRefusedWithAPlainSentence() {
        assertThatThrownBy(() -> repo.create("   ")).isInstanceOf(ShortlistException.class)
                .hasMessageContaining("needs a name");
    }

    @Test
    void renameChangesTheNameAndRefusesATakenOne() {
        Shortlist a = repo.create("A");
        repo.create("B");

        repo.rename(a.id(), "C");

        assertThat(repo.findByName("c")).map(Shortlist::id).contains(a.id());
        assertThatThrownBy(() -> repo.rename(a.id(), "b")).isInstanceOf(ShortlistException.class);
    }

    @Test
    void deleteHidesTheListAndUndoBringsItBackWithItsEntries() {
        Shortlist a = repo.create("A");
        repo.add(a.id(), List.of(TestFreelancers.numbered(1)));

        repo.delete(a.id());
        assertThat(repo.list()).isEmpty();
        assertThat(repo.findByName("A")).isEmpty();

        repo.undoDelete(a.id());
        assertThat(repo.list()).extracting(Shortlist::entryCount).containsExactly(1);
    }

    @Test
    void aDeletedListDoesNotBlockItsNameButThenCannotBeRestored() {
        Shortlist old = repo.create("A");
        repo.delete(old.id());

        repo.create("A");

        assertThatThrownBy(() -> repo.undoDelete(old.id())).isInstanceOf(ShortlistException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void purgeRemovesOnlyDeletionsOlderThanTheAge() {
        Shortlist a = repo.create("A");
        Shortlist b = repo.create("B");
        repo.add(b.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        repo.delete(a.id());
        repo.remove(b.id(), List.of(TestFreelancers.numbered(1).id()));
        clock.advance(Duration.ofDays(31));
        repo.remove(b.id(), List.of(TestFreelancers.numbered(2).id()));

        int purged = repo.purgeDeleted(Duration.ofDays(30));

        assertThat(purged).isEqualTo(2);
        assertThatThrownBy(() -> repo.undoDelete(a.id())).isInstanceOf(ShortlistException.class);
        assertThat(repo.undoRemove(b.id(), List.of(TestFreelancers.numbered(1).id()))).isZero();
        assertThat(repo.undoRemove(b.id(), List.of(TestFreelancers.numbered(2).id()))).isEqualTo(1);
    }

    @Test
    void addKeepsASnapshotAndTheSavedDate() {
        Shortlist a = repo.create("A");
        Freelancer f = TestFreelancers.numbered(7);

        repo.add(a.id(), List.of(f));

        ShortlistEntry e = repo.entry(a.id(), f.id()).orElseThrow();
        assertThat(e.freelancer()).usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).isEqualTo(f);
        assertThat(e.savedAt()).isEqualTo(clock.instant());
        assertThat(e.status()).isEqualTo(EntryStatus.NEW);
    }

    @Test
    void addingAFreelancerAlreadyThereKeepsItsWorkAndSnapshot() {
        Shortlist a = repo.create("A");
        Freelancer f = TestFreelancers.numbered(7);
        repo.add(a.id(), List.of(f));
        repo.setStatus(a.id(), List.of(f.id()), EntryStatus.CONTACTED);
        repo.setNotes(a.id(), f.id(), "Call on Monday");

        int added = repo.add(a.id(), List.of(TestFreelancers.withName(7, "Renamed"), TestFreelancers.numbered(8)));

        assertThat(added).isEqualTo(1);
        ShortlistEntry e = repo.entry(a.id(), f.id()).orElseThrow();
        assertThat(e.status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(e.notes()).isEqualTo("Call on Monday");
        assertThat(e.freelancer().name()).isEqualTo("Freelancer 7");
    }

    @Test
    void addSavesThePortraitOnlyForNewEntries() {
        Shortlist a = repo.create("A");
        Freelancer withPortrait = new Freelancer("~0abc", "P", null, null, "https://www.upwork.com/freelancers/~0abc",
                "https://www.upwork.com/profile-portraits/p.jpg", null, null, null, null, null, null, null, null,
                false, null, false, null, null, false, false, false, false);
        int[] calls = {0};

        repo.add(a.id(), List.of(withPortrait), f -> {
            calls[0]++;
            return Optional.of(FIRST_PORTRAIT);
        });
        repo.add(a.id(), List.of(withPortrait), f -> {
            calls[0]++;
            return Optional.of(com.talentfinder.testing.TestImages.png(3, 3));
        });

        assertThat(calls[0]).isEqualTo(1);
        assertThat(repo.portrait(a.id(), "~0abc")).hasValueSatisfying(b -> assertThat(b).isEqualTo(FIRST_PORTRAIT));
    }

    @Test
    void aFreelancerCanBeOnSeveralListsAndTheAppCanSayWhich() {
        Shortlist a = repo.create("A");
        Shortlist b = repo.create("B");
        repo.create("C");
        Freelancer f = TestFreelancers.numbered(1);
        repo.add(a.id(), List.of(f));
        repo.add(b.id(), List.of(f, TestFreelancers.numbered(2)));

        assertThat(repo.listsContaining(f.id())).extracting(Shortlist::name).containsExactly("A", "B");
        assertThat(repo.shortlistedAmong(List.of(f.id(), TestFreelancers.numbered(3).id()))).containsExactly(f.id());
    }

    @Test
    void removeIsUndoneWithItsWorkIntact() {
        Shortlist a = repo.create("A");
        Freelancer f = TestFreelancers.numbered(1);
        repo.add(a.id(), List.of(f, TestFreelancers.numbered(2)));
        repo.setRating(a.id(), f.id(), 4);
        repo.setTags(a.id(), f.id(), List.of("Senior"));

        assertThat(repo.remove(a.id(), List.of(f.id()))).isEqualTo(1);
        assertThat(repo.count(a.id(), EntryQuery.all())).isEqualTo(1);
        assertThat(repo.listsContaining(f.id())).isEmpty();

        assertThat(repo.undoRemove(a.id(), List.of(f.id()))).isEqualTo(1);
        ShortlistEntry e = repo.entry(a.id(), f.id()).orElseThrow();
        assertThat(e.rating()).isEqualTo(4);
        assertThat(e.tags()).containsExactly("senior");
    }

    @Test
    void statusRatingNotesAndTagsAreKept() {
        Shortlist a = repo.create("A");
        Freelancer f = TestFreelancers.numbered(1);
        repo.add(a.id(), List.of(f));

        repo.setStatus(a.id(), List.of(f.id()), EntryStatus.INTERVIEWING);
        repo.setRating(a.id(), f.id(), 5);
        repo.setNotes(a.id(), f.id(), "Strong on SQL, ünïcode ok");
        repo.setTags(a.id(), f.id(), List.of(" Remote ", "senior", "remote", "", "Team\tLead"));

        ShortlistEntry e = repo.entry(a.id(), f.id()).orElseThrow();
        assertThat(e.status()).isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(e.rating()).isEqualTo(5);
        assertThat(e.notes()).isEqualTo("Strong on SQL, ünïcode ok");
        assertThat(e.tags()).containsExactly("remote", "senior", "team lead");
        assertThat(repo.tags(a.id())).containsExactly("remote", "senior", "team lead");
    }

    @Test
    void aRatingOutsideZeroToFiveIsRefused() {
        Shortlist a = repo.create("A");
        repo.add(a.id(), List.of(TestFreelancers.numbered(1)));

        assertThatThrownBy(() -> repo.setRating(a.id(), TestFreelancers.numbered(1).id(), 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingAnEntryNotOnTheListSaysSoPlainly() {
        Shortlist a = repo.create("A");

        assertThatThrownBy(() -> repo.setNotes(a.id(), "~nobody", "x")).isInstanceOf(ShortlistException.class)
                .hasMessageContaining("no longer on this list");
    }

    @Test
    void addingToADeletedListFailsAndSavesNothing() {
        Shortlist a = repo.create("A");
        repo.delete(a.id());

        assertThatThrownBy(() -> repo.add(a.id(), List.of(TestFreelancers.numbered(1))))
                .isInstanceOf(ShortlistException.class);
        repo.undoDelete(a.id());
        assertThat(repo.count(a.id(), EntryQuery.all())).isZero();
    }

    @Test
    void refreshOutcomeIsRecorded() {
        Shortlist a = repo.create("A");
        Freelancer f = TestFreelancers.numbered(1);
        repo.add(a.id(), List.of(f));

        repo.recordRefresh(a.id(), f.id(), RefreshState.CHANGED, "{\"hourly_rate\":{\"was\":21.5,\"now\":30}}");

        ShortlistEntry e = repo.entry(a.id(), f.id()).orElseThrow();
        assertThat(e.refresh().state()).isEqualTo(RefreshState.CHANGED);
        assertThat(e.refresh().changesJson()).contains("hourly_rate");
    }

    @Test
    void addToListCreatingIfMissingCreatesOnceThenAdds() {
        int first = repo.addToListCreatingIfMissing("From search", List.of(TestFreelancers.numbered(1)));
        int second = repo.addToListCreatingIfMissing("from search",
                List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(repo.list()).extracting(Shortlist::name, Shortlist::entryCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("From search", 2));
    }

    @Test
    void findByNameIgnoresCaseAndSurroundingSpace() {
        Shortlist a = repo.create("Data people");

        assertThat(repo.findByName(" DATA PEOPLE ")).map(Shortlist::id).contains(a.id());
        assertThat(repo.findByName("nope")).isEmpty();
        assertThat(Set.of(repo.find(a.id()).orElseThrow().name())).containsExactly("Data people");
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
