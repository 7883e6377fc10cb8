package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistsViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private final Notices notices = new Notices();
    private ShortlistsViewModel vm;

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        vm = new ShortlistsViewModel(repo, new SyncTaskRunner(), dialogs, notices,
                new ShortlistImporter(repo, Samples.CLOCK));
    }

    private List<String> names() {
        return vm.lists().stream().map(Shortlist::name).toList();
    }

    @Test
    void createAddsTheListAndSelectsIt() {
        vm.create("Frontend Q1");

        assertThat(names()).containsExactly("Frontend Q1");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Frontend Q1");
    }

    @Test
    void aTakenNameIsRefusedWithAPlainMessage() {
        vm.create("Backup");
        vm.create("Backup");

        assertThat(names()).containsExactly("Backup");
        assertThat(vm.errorProperty().get()).contains("already exists");
    }

    @Test
    void renameChangesTheNameAndKeepsTheSelection() {
        vm.create("Frontend");
        vm.rename(vm.selectedProperty().get(), "Frontend Q1");

        assertThat(names()).containsExactly("Frontend Q1");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Frontend Q1");
        assertThat(repo.findByName("Frontend Q1")).isPresent();
    }

    @Test
    void deleteAsksFirstThenRemovesTheListAndOffersUndo() {
        vm.create("Backup");
        Shortlist backup = vm.selectedProperty().get();

        vm.delete(backup);

        assertThat(dialogs.questions).singleElement().asString().contains("Backup");
        assertThat(names()).isEmpty();
        assertThat(repo.list()).isEmpty();
        assertThat(notices.currentProperty().get().canUndo()).isTrue();
    }

    @Test
    void undoAfterDeleteBringsTheListBackWithItsEntries() {
        vm.create("Backup");
        Shortlist backup = vm.selectedProperty().get();
        repo.add(backup.id(), List.of(Samples.freelancer("~a", "Ada")));
        vm.delete(backup);

        notices.undo();

        assertThat(names()).containsExactly("Backup");
        assertThat(repo.find(backup.id()).orElseThrow().entryCount()).isEqualTo(1);
    }

    @Test
    void aDeclinedDeleteKeepsTheList() {
        vm.create("Backup");
        dialogs.answer = false;

        vm.delete(vm.selectedProperty().get());

        assertThat(names()).containsExactly("Backup");
    }

    @Test
    void theListUsedLastIsRemembered() {
        vm.create("A");
        vm.create("B");
        Shortlist a = vm.lists().get(0);

        vm.markUsed(a.id());

        assertThat(vm.lastUsed().name()).isEqualTo("A");
    }
}
