package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistPagingTest {

    /** The store under test: the SQLite file here; {@code ShortlistPagingOnPostgresTest} runs every test on PostgreSQL. */
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

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;

    @BeforeEach
    void open() {
        repo = new ShortlistRepository(db = openDatabase(dir),
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        list = repo.create("Paging");
    }

    private void addFive() {
        repo.add(list.id(), List.of(
                TestFreelancers.custom("~a", "Zoë", new BigDecimal("40"), 90, false, null, false),
                TestFreelancers.custom("~b", "adam", new BigDecimal("15"), null, true, null, false),
                TestFreelancers.custom("~c", "Émile", null, 70, false, null, false),
                TestFreelancers.custom("~d", "Bea", new BigDecimal("99.5"), 100, false, null, false),
                TestFreelancers.custom("~e", "carl", new BigDecimal("15"), null, false, null, false)));
    }

    private List<String> ids(EntryQuery q) {
        return repo.entries(list.id(), q).stream().map(ShortlistEntry::freelancerId).toList();
    }

    @Test
    void sortsByNameIgnoringCase() {
        addFive();

        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.NAME, true))).containsExactly("~b", "~d", "~e", "~a", "~c");
    }

    @Test
    void sortsByRateWithMissingRatesLastInBothDirections() {
        addFive();

        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.RATE, true))).containsExactly("~b", "~e", "~a", "~d", "~c");
        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.RATE, false))).containsExactly("~d", "~a", "~b", "~e", "~c");
    }

    @Test
    void sortsByJssWithHiddenAndMissingLast() {
        addFive();

        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.JSS, false))).containsExactly("~d", "~a", "~c", "~b", "~e");
    }

    @Test
    void sortsByStatusInPipelineOrderAndByRating() {
        addFive();
        repo.setStatus(list.id(), List.of("~a"), EntryStatus.REJECTED);
        repo.setStatus(list.id(), List.of("~c"), EntryStatus.CONTACTED);
        repo.setRating(list.id(), "~e", 3);
        repo.setRating(list.id(), "~d", 5);

        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.STATUS, true)).subList(3, 5)).containsExactly("~c", "~a");
        assertThat(ids(EntryQuery.all().sortedBy(EntrySort.RATING, false)).subList(0, 2)).containsExactly("~d", "~e");
    }

    @Test
    void filtersByStatusMinRatingTagAndText() {
        addFive();
        repo.setStatus(list.id(), List.of("~a", "~b"), EntryStatus.CONTACTED);
        repo.setRating(list.id(), "~a", 4);
        repo.setRating(list.id(), "~b", 2);
        repo.setTags(list.id(), "~c", List.of("Night owl"));
        repo.setNotes(list.id(), "~d", "Met at the ÉCOLE meetup");

        EntryQuery all = EntryQuery.all().sortedBy(EntrySort.NAME, true);
        assertThat(ids(all.withStatuses(Set.of(EntryStatus.CONTACTED)))).containsExactly("~b", "~a");
        assertThat(ids(all.withStatuses(Set.of(EntryStatus.CONTACTED)).withMinRating(3))).containsExactly("~a");
        assertThat(ids(all.withTag("NIGHT OWL"))).containsExactly("~c");
        assertThat(ids(all.withText("école"))).containsExactly("~d");
        assertThat(ids(all.withText("émile"))).containsExactly("~c");
        assertThat(ids(all.withText("owl"))).containsExactly("~c");
        assertThat(repo.count(list.id(), all.withStatuses(Set.of(EntryStatus.CONTACTED)))).isEqualTo(2);
    }

    @Test
    void textFilterIsDataNotSql() {
        addFive();

        assertThat(ids(EntryQuery.all().withText("' OR 1=1 --"))).isEmpty();
        assertThat(repo.count(list.id(), EntryQuery.all())).isEqualTo(5);
    }

    @Test
    void fiftyThousandEntriesAddInOneCallAndReadByPage() {
        List<Freelancer> many = new ArrayList<>(50_000);
        IntStream.range(0, 50_000).forEach(i -> many.add(TestFreelancers.numbered(i)));

        int added = repo.add(list.id(), many);

        assertThat(added).isEqualTo(50_000);
        assertThat(repo.count(list.id(), EntryQuery.all())).isEqualTo(50_000);
        EntryQuery byName = EntryQuery.all().sortedBy(EntrySort.NAME, true);
        List<ShortlistEntry> page = repo.entries(list.id(), byName.page(100, 50));
        assertThat(page).hasSize(50);
        List<String> expected = IntStream.range(0, 50_000).mapToObj(i -> "freelancer " + i).sorted().toList()
                .subList(100, 150);
        assertThat(page).extracting(e -> e.freelancer().name().toLowerCase()).containsExactlyElementsOf(expected);
        assertThat(repo.entries(list.id(), byName.page(49_990, 50))).hasSize(10);
        assertThat(repo.list()).extracting(Shortlist::entryCount).containsExactly(50_000);
    }

    @Test
    void pagesDoNotOverlapWhenSortValuesTie() {
        List<Freelancer> same = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> same.add(TestFreelancers.withName(i, "Same name")));
        repo.add(list.id(), same);

        EntryQuery q = EntryQuery.all().sortedBy(EntrySort.NAME, true);
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            seen.addAll(ids(q.page(offset, 7)));
        }

        assertThat(seen).hasSize(30).doesNotHaveDuplicates();
    }

    /** Every entry of a list, read page by page (each row mapped on the calling thread, by column name). */
    private List<ShortlistEntry> byPages(EntryQuery q) {
        List<ShortlistEntry> out = new ArrayList<>();
        for (int offset = 0; ; offset += EntryQuery.MAX_LIMIT) {
            List<ShortlistEntry> page = repo.entries(list.id(), q.page(offset, EntryQuery.MAX_LIMIT));
            out.addAll(page);
            if (page.size() < EntryQuery.MAX_LIMIT) {
                return out;
            }
        }
    }

    @Test
    void aStreamedListIsTheSameEntriesInTheSameOrderAsItsPages() {
        // Several of the stream's batches (its rows are stepped on a helper thread, their snapshots parsed here),
        // with every entry column set on some rows: status, rating, notes, tags, a recorded refresh.
        int n = 1_300;
        List<Freelancer> many = new ArrayList<>(n);
        IntStream.range(0, n).forEach(i -> many.add(TestFreelancers.withName(i, i % 3 == 0 ? "Same" : "Name " + i)));
        repo.add(list.id(), many);
        for (int i = 0; i < n; i += 7) {
            String id = many.get(i).id();
            repo.setNotes(list.id(), id, "note " + i + "\nsecond line, \"quoted\"");
            repo.setRating(list.id(), id, 1 + i % 5);
            repo.setTags(list.id(), id, i % 2 == 0 ? List.of("go", "senior") : List.of("maybe"));
            repo.setStatus(list.id(), List.of(id), EntryStatus.CONTACTED);
        }
        for (int i = 3; i < n; i += 11) {
            repo.recordRefresh(list.id(), many.get(i).id(), RefreshState.CHANGED, "{\"name\":{\"was\":\"a\",\"now\":\"b\"}}");
        }

        for (EntryQuery q : List.of(EntryQuery.all(), EntryQuery.all().sortedBy(EntrySort.NAME, false),
                EntryQuery.all().withStatuses(Set.of(EntryStatus.CONTACTED)), EntryQuery.all().withTag("go"))) {
            List<ShortlistEntry> streamed = new ArrayList<>();
            int count = repo.forEachEntry(list.id(), q, streamed::add);

            assertThat(streamed).isEqualTo(byPages(q));
            assertThat(count).isEqualTo(streamed.size());
        }
        List<ShortlistEntry> all = new ArrayList<>();
        repo.forEachEntry(list.id(), EntryQuery.all(), all::add);
        assertThat(all).hasSize(n);
        assertThat(all).filteredOn(e -> e.refresh() != null).hasSize((n - 3 + 10) / 11);
        assertThat(all).filteredOn(e -> !e.tags().isEmpty()).hasSize((n + 6) / 7);
    }

    @Test
    void aSinkThatFailsStopsTheStreamAndLetsGoOfTheDatabase() {
        int n = 2_000;
        List<Freelancer> many = new ArrayList<>(n);
        IntStream.range(0, n).forEach(i -> many.add(TestFreelancers.numbered(i)));
        repo.add(list.id(), many);
        IllegalStateException boom = new IllegalStateException("sink failed");
        List<ShortlistEntry> seen = new ArrayList<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repo.forEachEntry(list.id(), EntryQuery.all(), e -> {
            seen.add(e);
            if (seen.size() == 300) {
                throw boom;
            }
        })).isSameAs(boom);

        assertThat(seen).hasSize(300);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("shortlist-step-ahead");
        // The read is over: the list can be written and read again at once.
        repo.setNotes(list.id(), many.get(0).id(), "after");
        List<ShortlistEntry> again = new ArrayList<>();
        assertThat(repo.forEachEntry(list.id(), EntryQuery.all(), again::add)).isEqualTo(n);
    }
}
