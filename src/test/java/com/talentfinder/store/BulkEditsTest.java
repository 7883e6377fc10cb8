package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 5: bulk changes are one transaction each, all or nothing, and one undo puts back every value. */
class BulkEditsTest {

    @TempDir
    Path dir;

    private final ShortlistRepositoryTest.MutableClock clock =
            new ShortlistRepositoryTest.MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private Database db;
    private ShortlistRepository repo;
    private BulkEdits bulk;
    /** Every write transaction BulkEdits opens, by action. */
    private final List<String> writes = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        repo = new ShortlistRepository(db, clock);
        bulk = new BulkEdits(new BulkEdits.Transactions() {
            @Override
            public <T> T write(String action, Database.Work<T> work) {
                writes.add(action);
                return db.write(action, work);
            }
        }, clock);
    }

    private long listOf(String name, int n) {
        long id = repo.create(name).id();
        repo.add(id, IntStream.range(0, n).mapToObj(TestFreelancers::numbered).toList());
        return id;
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> TestFreelancers.numbered(i).id()).toList();
    }

    private Map<String, ShortlistEntry> byId(long list) {
        List<ShortlistEntry> all = new ArrayList<>();
        repo.forEachEntry(list, EntryQuery.all(), all::add);
        return all.stream().collect(Collectors.toMap(ShortlistEntry::freelancerId, Function.identity()));
    }

    @Test
    void statusOfAThousandEntriesIsOneTransactionAndOneUndoRestoresEveryEarlierValue() {
        long list = listOf("Big", 1_000);
        // Earlier values that differ, so undo must put back each entry's own value, not one default.
        EntryStatus[] values = EntryStatus.values();
        for (int i = 0; i < 1_000; i += 7) {
            repo.setStatus(list, List.of(TestFreelancers.numbered(i).id()), values[i % values.length]);
        }
        Map<String, ShortlistEntry> before = byId(list);
        List<int[]> progress = new ArrayList<>();

        BulkEdits.Result result = bulk.setStatus(list, ids(1_000), EntryStatus.INTERVIEWING,
                (done, total) -> progress.add(new int[] {done, total}));

        assertThat(writes).containsExactly("change the status");
        assertThat(byId(list).values()).hasSize(1_000).allMatch(e -> e.status() == EntryStatus.INTERVIEWING);
        long already = before.values().stream().filter(e -> e.status() == EntryStatus.INTERVIEWING).count();
        assertThat(result.changed()).isEqualTo(1_000 - (int) already);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(1_000, 1_000);

        writes.clear();
        bulk.undo(result.undo());

        assertThat(writes).containsExactly("undo the change");
        Map<String, ShortlistEntry> after = byId(list);
        assertThat(after).hasSize(1_000);
        before.forEach((id, e) -> assertThat(after.get(id).status()).as(id).isEqualTo(e.status()));
    }

    @Test
    void aFailureHalfWayLeavesEveryEntryAsItWas() {
        long list = listOf("Half", 300);

        assertThatThrownBy(() -> bulk.setStatus(list, ids(300), EntryStatus.HIRED, (done, total) -> {
            if (done >= 150) {
                throw new IllegalStateException("stop");
            }
        })).isInstanceOf(IllegalStateException.class);

        assertThat(byId(list).values()).allMatch(e -> e.status() == EntryStatus.NEW);
    }

    @Test
    void ratingAndTagsChangeManyAtOnceAndUndoPutsBackEachEntrysTags() {
        long list = listOf("Tags", 5);
        String a = TestFreelancers.numbered(0).id();
        repo.setTags(list, a, List.of("urgent", "java"));
        repo.setRating(list, a, 2);

        BulkEdits.Result rated = bulk.setRating(list, ids(5), 4, BulkEdits.Progress.NONE);
        BulkEdits.Result tagged = bulk.addTag(list, ids(5), "  Senior  ", BulkEdits.Progress.NONE);
        BulkEdits.Result untagged = bulk.removeTag(list, ids(5), "URGENT", BulkEdits.Progress.NONE);

        assertThat(rated.changed()).isEqualTo(5);
        assertThat(tagged.changed()).isEqualTo(5);
        assertThat(untagged.changed()).isEqualTo(1);
        assertThat(byId(list).get(a).tags()).containsExactly("java", "senior");
        assertThat(byId(list).values()).allMatch(e -> e.rating() == 4 && e.tags().contains("senior"));

        bulk.undo(untagged.undo());
        bulk.undo(tagged.undo());
        bulk.undo(rated.undo());

        assertThat(byId(list).get(a).tags()).containsExactly("java", "urgent");
        assertThat(byId(list).get(a).rating()).isEqualTo(2);
        assertThat(byId(list).get(TestFreelancers.numbered(1).id()).tags()).isEmpty();
        assertThatThrownBy(() -> bulk.addTag(list, ids(5), " , ", BulkEdits.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moveTakesTheWorkAlongMergesWithAnEntryAlreadyThereAndUndoesInOneStep() {
        long from = listOf("From", 3);
        long to = repo.create("To").id();
        String first = TestFreelancers.numbered(0).id();
        String second = TestFreelancers.numbered(1).id();
        repo.setNotes(from, first, "Great call");
        repo.setTags(from, first, List.of("backend"));
        repo.setStatus(from, List.of(first), EntryStatus.CONTACTED);
        repo.add(to, List.of(TestFreelancers.numbered(1)));
        repo.setNotes(to, second, "Met at a fair");
        repo.setNotes(from, second, "Asked for a sample");

        clock.advance(Duration.ofMinutes(1));
        writes.clear();
        BulkEdits.Result moved = bulk.moveTo(from, ids(3), to, BulkEdits.Progress.NONE);

        assertThat(writes).hasSize(1);
        assertThat(moved.changed()).isEqualTo(2);
        assertThat(moved.merged()).isEqualTo(1);
        assertThat(byId(from)).isEmpty();
        Map<String, ShortlistEntry> target = byId(to);
        assertThat(target).hasSize(3);
        assertThat(target.get(first).notes()).isEqualTo("Great call");
        assertThat(target.get(first).tags()).containsExactly("backend");
        assertThat(target.get(first).status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(target.get(second).notes()).contains("Met at a fair").contains("Asked for a sample");

        bulk.undo(moved.undo());

        assertThat(byId(from)).hasSize(3);
        assertThat(byId(from).get(first).notes()).isEqualTo("Great call");
        assertThat(byId(to)).containsOnlyKeys(second);
        assertThat(byId(to).get(second).notes()).isEqualTo("Met at a fair");
        // The copy made by the move is gone for good, so adding the freelancer again starts afresh.
        repo.add(to, List.of(TestFreelancers.numbered(0)));
        assertThat(byId(to).get(first).notes()).isEmpty();
    }

    @Test
    void copyKeepsTheSourceAndRemoveIsUndoneAsItWas() {
        long from = listOf("Source", 4);
        long to = repo.create("Copy").id();

        BulkEdits.Result copied = bulk.copyTo(from, ids(2), to, BulkEdits.Progress.NONE);
        BulkEdits.Result removed = bulk.remove(from, ids(4), BulkEdits.Progress.NONE);

        assertThat(copied.changed()).isEqualTo(2);
        assertThat(byId(to)).hasSize(2);
        assertThat(byId(from)).isEmpty();
        assertThat(repo.find(from).orElseThrow().entryCount()).isZero();

        bulk.undo(removed.undo());

        assertThat(byId(from)).hasSize(4);
        assertThatThrownBy(() -> bulk.copyTo(from, ids(1), from, BulkEdits.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergingDuplicatesKeepsEveryNoteTheBetterStatusTheHigherRatingAndAllTags() {
        long list = repo.create("Dupes").id();
        Freelancer a = TestFreelancers.custom("~01aaa", "Ana Silva", null, null, false, null, false);
        Freelancer b = TestFreelancers.custom("~01bbb", "ana  silva", null, null, false, null, false);
        repo.add(list, List.of(a, b));
        repo.setNotes(list, a.id(), "Strong Go");
        repo.setNotes(list, b.id(), "Wants remote only");
        repo.setStatus(list, List.of(a.id()), EntryStatus.REJECTED);
        repo.setStatus(list, List.of(b.id()), EntryStatus.INTERVIEWING);
        repo.setRating(list, a.id(), 5);
        repo.setRating(list, b.id(), 3);
        repo.setTags(list, a.id(), List.of("go"));
        repo.setTags(list, b.id(), List.of("remote", "go"));
        Map<String, ShortlistEntry> before = byId(list);

        writes.clear();
        BulkEdits.Result merged = bulk.mergeDuplicates(list, List.of(a.id(), b.id()));

        assertThat(writes).hasSize(1);
        Map<String, ShortlistEntry> after = byId(list);
        assertThat(after).containsOnlyKeys(a.id());
        ShortlistEntry kept = after.get(a.id());
        assertThat(kept.notes()).contains("Strong Go").contains("Wants remote only");
        assertThat(kept.status()).isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(kept.rating()).isEqualTo(5);
        assertThat(kept.tags()).containsExactly("go", "remote");

        bulk.undo(merged.undo());

        Map<String, ShortlistEntry> restored = byId(list);
        assertThat(restored).containsOnlyKeys(a.id(), b.id());
        for (String id : List.of(a.id(), b.id())) {
            ShortlistEntry was = before.get(id);
            ShortlistEntry now = restored.get(id);
            assertThat(List.of(now.status(), now.rating(), now.notes(), now.tags()))
                    .isEqualTo(List.of(was.status(), was.rating(), was.notes(), was.tags()));
        }
    }

    @Test
    void aBulkChangeRecordsWhoChangedWhichFieldWhenAndMeetsAnEarlierEditAsAConflict() {
        long list = listOf("Team", 3);
        BulkEdits byDana = repo.bulkEdits(() -> "Dana");
        SharedEntries shared = repo.shared();
        String first = TestFreelancers.numbered(0).id();
        VersionedEntry bensBase = shared.load(list, first).orElseThrow();

        byDana.setStatus(list, ids(3), EntryStatus.HIRED, BulkEdits.Progress.NONE);

        VersionedEntry now = shared.load(list, first).orElseThrow();
        assertThat(now.stamp().version()).isGreaterThan(bensBase.stamp().version());
        assertThat(now.stamp().changedBy()).isEqualTo("Dana");
        assertThat(now.stamp().changedAt()).isEqualTo(clock.instant());
        assertThat(now.stamp().changedFields()).containsExactly(EntryField.STATUS);
        SaveOutcome bens = shared.save(list, bensBase, EntryChange.status(EntryStatus.REJECTED), "Ben");
        assertThat(bens).isInstanceOfSatisfying(SaveOutcome.Conflict.class,
                c -> assertThat(c.conflicts()).singleElement().satisfies(f -> {
                    assertThat(f.theirs()).isEqualTo(EntryStatus.HIRED);
                    assertThat(f.theirsBy()).isEqualTo("Dana");
                }));

        BulkEdits.Result tagged = repo.bulkEdits(() -> "Eve").addTag(list, ids(3), "sql", BulkEdits.Progress.NONE);
        assertThat(shared.load(list, first).orElseThrow().stamp())
                .satisfies(s -> assertThat(s.changedBy()).isEqualTo("Eve"))
                .satisfies(s -> assertThat(s.changedFields()).containsExactly(EntryField.TAGS));
        byDana.undo(tagged.undo());
        assertThat(shared.load(list, first).orElseThrow().stamp().changedBy()).isEqualTo("Dana");
        byDana.remove(list, List.of(TestFreelancers.numbered(1).id()), BulkEdits.Progress.NONE);
        byDana.undo(byDana.remove(list, List.of(TestFreelancers.numbered(2).id()), BulkEdits.Progress.NONE).undo());
        assertThat(shared.load(list, TestFreelancers.numbered(2).id()).orElseThrow().stamp().changedBy())
                .isEqualTo("Dana");
    }
}
