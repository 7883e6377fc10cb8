package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryMerge;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, point 6: who counts as the same freelancer entered twice, and how their work is merged. */
class DuplicateFinderTest {

    private static Freelancer person(String id, String name, String title, String country, String url) {
        Freelancer f = TestFreelancers.custom(id, name, null, null, false, null, false);
        return new Freelancer(f.id(), f.name(), title, f.description(), url, null, null, null, country, null, null,
                null, List.of(), null, false, null, false, null, null, false, false, false, false);
    }

    private static ShortlistEntry entry(Freelancer f, int minute) {
        return new ShortlistEntry(1, f, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute),
                EntryStatus.NEW, 0, "", List.of(), null);
    }

    @Test
    void theSameProfileUrlUnderAnotherIdIsADuplicateWhateverItsSpelling() {
        var groups = DuplicateFinder.groups(List.of(
                entry(person("~01a", "Ana", "Dev", "Brazil", "https://www.upwork.com/freelancers/anasilva"), 1),
                entry(person("~01b", "A. Silva", "Go dev", "Peru", "https://upwork.com/freelancers/AnaSilva/?s=1"), 2),
                entry(person("~01c", "Bo", "Dev", "Chile", "https://www.upwork.com/freelancers/bo"), 3)));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).freelancerIds()).containsExactly("~01b", "~01a");
        assertThat(groups.get(0).reason()).isEqualTo(DuplicateFinder.Reason.SAME_PROFILE_URL);
    }

    @Test
    void theSameNameTitleAndCountryAfterCleaningCaseAndSpacesIsADuplicate() {
        var groups = DuplicateFinder.groups(List.of(
                entry(person("~01a", "Ana  Silva", "Go Developer ", "Brazil", "https://www.upwork.com/freelancers/~01a"), 1),
                entry(person("~01b", " ana silva", "go\u00a0developer", "BRAZIL", "https://www.upwork.com/freelancers/~01b"), 2),
                entry(person("~01c", "Ana Silva", "Go Developer", "Portugal", "https://www.upwork.com/freelancers/~01c"), 3),
                entry(person("~01d", "Ana Silva", "", "Brazil", "https://www.upwork.com/freelancers/~01d"), 4),
                entry(person("~01e", "", "", "Brazil", "https://www.upwork.com/freelancers/~01e"), 5),
                entry(person("~01f", "", "", "Brazil", "https://www.upwork.com/freelancers/~01f"), 6)));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).freelancerIds()).containsExactlyInAnyOrder("~01a", "~01b");
        assertThat(groups.get(0).reason()).isEqualTo(DuplicateFinder.Reason.SAME_NAME_TITLE_COUNTRY);
    }

    @Test
    void anUntouchedListHasNoDuplicates() {
        List<ShortlistEntry> many = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> entry(TestFreelancers.numbered(i), i)).toList();

        assertThat(DuplicateFinder.groups(many)).isEmpty();
    }

    @Test
    void theBetterStatusIsTheFurthestStepAndARecordedRejectionBeatsNew() {
        assertThat(EntryMerge.better(EntryStatus.HIRED, EntryStatus.INTERVIEWING)).isEqualTo(EntryStatus.HIRED);
        assertThat(EntryMerge.better(EntryStatus.CONTACTED, EntryStatus.INTERVIEWING))
                .isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(EntryMerge.better(EntryStatus.REJECTED, EntryStatus.CONTACTED)).isEqualTo(EntryStatus.CONTACTED);
        assertThat(EntryMerge.better(EntryStatus.NEW, EntryStatus.REJECTED)).isEqualTo(EntryStatus.REJECTED);
    }

    @Test
    void mergedNotesKeepEveryNoteOnceInOrder() {
        var merged = EntryMerge.merge(List.of(
                new EntryMerge.Work(EntryStatus.NEW, 1, "First", List.of("a")),
                new EntryMerge.Work(EntryStatus.CONTACTED, 0, "  ", List.of("b")),
                new EntryMerge.Work(EntryStatus.NEW, 3, "Second\nline", List.of("a")),
                new EntryMerge.Work(EntryStatus.NEW, 0, "First", List.of())));

        assertThat(merged.notes()).isEqualTo("First" + EntryMerge.NOTES_SEPARATOR + "Second\nline");
        assertThat(merged.status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(merged.rating()).isEqualTo(3);
        assertThat(merged.tags()).containsExactly("a", "b");
    }

    @Test
    void findReadsEveryLiveEntryOfTheList(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ShortlistRepository repo = new ShortlistRepository(Database.open(dir.resolve("t.db")),
                java.time.Clock.systemUTC());
        long list = repo.create("L").id();
        Freelancer a = person("~01a", "Ana Silva", "Dev", "Brazil", "https://www.upwork.com/freelancers/~01a");
        Freelancer b = person("~01b", "ANA SILVA", "dev", "brazil", "https://www.upwork.com/freelancers/~01b");
        repo.add(list, List.of(a, b, TestFreelancers.numbered(1)));

        assertThat(DuplicateFinder.find(repo, list)).hasSize(1);

        repo.remove(list, List.of(b.id()));

        assertThat(DuplicateFinder.find(repo, list)).isEmpty();
    }
}
