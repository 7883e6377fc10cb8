package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private final Notices notices = new Notices();
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private EntriesViewModel entries;
    private DuplicatesViewModel vm;

    /** The same person as Samples' "~dup1" under another id: same name, title and country, spaced differently. */
    private static Freelancer twin(String id, String name) {
        Freelancer f = Samples.freelancer(id, name);
        return new Freelancer(id, name, "  react DEVELOPER and more", f.description(),
                "https://www.upwork.com/freelancers/" + id, null, f.hourlyRate(), f.currency(), "germany", null,
                f.city(), f.timezone(), f.skills(), f.jobSuccessScore(), false, f.totalEarnings(), false,
                f.totalHours(), f.totalCompletedJobs(), false, false, false, true);
    }

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Frontend");
        repo.add(list.id(), List.of(Samples.freelancer("~dup1", "Ana Silva"), twin("~dup2", "ana  silva"),
                Samples.freelancer("~x", "Bo Chen")));
        repo.setNotes(list.id(), "~dup1", "Strong React");
        repo.setNotes(list.id(), "~dup2", "Asked for 45/h");
        repo.setStatus(list.id(), List.of("~dup1"), EntryStatus.CONTACTED);
        repo.setStatus(list.id(), List.of("~dup2"), EntryStatus.INTERVIEWING);
        SyncTaskRunner runner = new SyncTaskRunner();
        entries = new EntriesViewModel(repo, runner, notices);
        vm = new DuplicatesViewModel(repo, repo.bulkEdits(), runner, dialogs, notices, entries, entries::reload);
        entries.show(repo.find(list.id()).orElseThrow());
    }

    private List<ShortlistEntry> all() {
        List<ShortlistEntry> out = new ArrayList<>();
        repo.forEachEntry(list.id(), EntryQuery.all(), out::add);
        return out;
    }

    @Test
    void theSamePersonTwiceIsFlaggedAndNamedInTheNotice() {
        vm.check();

        assertThat(vm.flagged()).containsOnlyKeys("~dup1", "~dup2");
        assertThat(vm.groupOf("~x")).isEmpty();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("2 possible duplicates: Ana Silva is on this list 2 times (same name, title and country).");
    }

    @Test
    void mergeAsksSayingWhatIsKeptThenKeepsEveryNoteAndTheBetterStatusWithOneUndo() {
        vm.check();

        vm.merge();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.questions.get(0)).contains("2 entries").contains("the status Interviewing")
                .contains("the other entry leaves the list");
        assertThat(all()).hasSize(2);
        ShortlistEntry kept = all().stream().filter(e -> e.freelancer().name().toLowerCase().contains("ana"))
                .findFirst().orElseThrow();
        assertThat(kept.notes()).contains("Strong React").contains("Asked for 45/h");
        assertThat(kept.status()).isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.flagged()).isEmpty();

        notices.undo();
        vm.check();

        assertThat(all()).hasSize(3);
        assertThat(vm.flagged()).containsOnlyKeys("~dup1", "~dup2");
        assertThat(repo.entry(list.id(), "~dup1").orElseThrow().notes()).isEqualTo("Strong React");
    }

    @Test
    void declinedMergeChangesNothing() {
        vm.check();
        dialogs.answer = false;

        vm.merge();

        assertThat(all()).hasSize(3);
        assertThat(vm.flagged()).hasSize(2);
    }
}
