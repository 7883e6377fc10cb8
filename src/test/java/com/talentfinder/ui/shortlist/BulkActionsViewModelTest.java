package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
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

class BulkActionsViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private Shortlist other;
    private final Notices notices = new Notices();
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private EntriesViewModel entries;
    private BulkActionsViewModel vm;
    private int changes;

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Backend");
        other = repo.create("Q3 hires");
        SyncTaskRunner runner = new SyncTaskRunner();
        entries = new EntriesViewModel(repo, runner, notices);
        vm = new BulkActionsViewModel(repo.bulkEdits(), runner, dialogs, notices, entries, () -> {
            changes++;
            entries.reload();
        });
    }

    private List<ShortlistEntry> all(Shortlist l) {
        List<ShortlistEntry> out = new ArrayList<>();
        repo.forEachEntry(l.id(), EntryQuery.all(), out::add);
        return out;
    }

    /** Shows the list and selects its first {@code n} entries (all of them when there are fewer). */
    private void showAndSelect(int entriesOnList, int n) {
        repo.add(list.id(), Samples.many(entriesOnList));
        entries.show(repo.find(list.id()).orElseThrow());
        List<ShortlistEntry> rows = new ArrayList<>();
        repo.forEachEntry(list.id(), EntryQuery.all(), e -> {
            if (rows.size() < n) {
                rows.add(e);
            }
        });
        vm.select(rows);
    }

    @Test
    void aStatusForAThousandSelectedEntriesIsOneChangeWithProgressAndOneUndo() {
        showAndSelect(1_000, 1_000);

        vm.setStatus(EntryStatus.INTERVIEWING);

        assertThat(all(list)).hasSize(1_000).allMatch(e -> e.status() == EntryStatus.INTERVIEWING);
        assertThat(notices.currentProperty().get().message()).isEqualTo("Set 1,000 entries to Interviewing.");
        assertThat(notices.currentProperty().get().canUndo()).isTrue();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Changing 1,000 of 1,000 entries…");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(changes).isEqualTo(1);

        notices.undo();

        assertThat(all(list)).hasSize(1_000).allMatch(e -> e.status() == EntryStatus.NEW);
        assertThat(notices.currentProperty().get().message()).isEqualTo("Undone: every entry is back as it was.");
    }

    @Test
    void removeSaysHowManyAndWhereAndDoesNothingWhenDeclined() {
        showAndSelect(30, 12);
        dialogs.answer = false;

        vm.remove();

        assertThat(dialogs.questions).containsExactly("Remove 12 entries from \"Backend\"? Their notes, tags, status and"
                + " rating go with them. You can undo this right after, in the bar at the bottom.");
        assertThat(all(list)).hasSize(30);

        dialogs.answer = true;
        vm.remove();

        assertThat(all(list)).hasSize(18);
        notices.undo();
        assertThat(all(list)).hasSize(30);
    }

    @Test
    void moveAsksFirstThenTheEntriesLeaveForTheOtherListWithTheirWork() {
        showAndSelect(5, 2);
        String first = all(list).get(0).freelancerId();
        repo.setNotes(list.id(), first, "Call on Monday");
        vm.select(all(list).subList(0, 2));

        vm.moveTo(other);

        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.questions.get(0)).startsWith("Move 2 entries from \"Backend\" to \"Q3 hires\"?");
        assertThat(all(list)).hasSize(3);
        assertThat(all(other)).hasSize(2).anyMatch(e -> e.notes().equals("Call on Monday"));
        assertThat(notices.currentProperty().get().message()).isEqualTo("Moved 2 entries to \"Q3 hires\".");
    }

    @Test
    void ratingTagsAndCopyNeedNoQuestion() {
        showAndSelect(4, 4);

        vm.setRating(5);
        vm.addTag(" Go ");
        vm.copyTo(other);

        assertThat(dialogs.questions).isEmpty();
        assertThat(all(list)).allMatch(e -> e.rating() == 5 && e.tags().equals(List.of("go")));
        assertThat(all(other)).hasSize(4).allMatch(e -> e.rating() == 5);
        assertThat(notices.currentProperty().get().message()).isEqualTo("Copied 4 entries to \"Q3 hires\".");

        vm.removeTag("GO");
        assertThat(all(list)).allMatch(e -> e.tags().isEmpty());
    }

    @Test
    void nothingSelectedDoesNothingAndAFailureShowsAPlainSentence() {
        showAndSelect(3, 0);

        vm.setStatus(EntryStatus.HIRED);

        assertThat(all(list)).allMatch(e -> e.status() == EntryStatus.NEW);
        assertThat(vm.countTextProperty().get()).startsWith("Tick entries");

        vm.select(all(list));
        assertThat(vm.countTextProperty().get()).isEqualTo("3 selected");
        repo.delete(list.id());
        vm.setStatus(EntryStatus.HIRED);

        assertThat(entries.errorProperty().get()).isNotBlank();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
