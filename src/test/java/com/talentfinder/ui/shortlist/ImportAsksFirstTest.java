package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ShortlistExporter;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 3: a preview and a question before an import writes; removed stays removed; Undo. */
class ImportAsksFirstTest {

    @TempDir
    Path dir;

    private ShortlistRepository theirs;
    private ShortlistRepository repo;
    private ShortlistsViewModel vm;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private final Notices notices = new Notices();
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        theirs = Samples.repo(dir.resolve("colleague"));
        Shortlist shared = theirs.create("Frontend");
        theirs.add(shared.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea"),
                Samples.freelancer("~c", "Cy")));
        theirs.setNotes(shared.id(), "~a", "Their note on Ada");
        file = dir.resolve("frontend.json");
        ShortlistExporter.exportShortlist("Frontend", sink -> theirs.forEachEntry(shared.id(), EntryQuery.all(), sink),
                ExportFormat.JSON, List.of(ExportColumn.values()), file, Samples.CLOCK);

        repo = Samples.repo(dir.resolve("mine"));
        vm = new ShortlistsViewModel(repo, new SyncTaskRunner(), dialogs, notices,
                new ShortlistImporter(repo, Samples.CLOCK));
    }

    private int count(String list) {
        return repo.findByName(list).map(l -> repo.count(l.id(), EntryQuery.all())).orElse(-1);
    }

    @Test
    void aNewListIsPreviewedAndImportedOnlyAfterYes() {
        dialogs.answer = false;
        vm.importFile(file);
        assertThat(dialogs.questions).singleElement().asString()
                .contains("\u201cFrontend\u201d holds 3 entries: 3 new, 0 already on your list.");
        assertThat(repo.list()).isEmpty();

        dialogs.answer = true;
        vm.importFile(file);
        assertThat(count("Frontend")).isEqualTo(3);
    }

    @Test
    void aListOfTheSameNameIsMergedOnlyWhenChosenAndTheDifferencesAreShown() {
        Shortlist mine = repo.create("Frontend");
        repo.add(mine.id(), List.of(Samples.freelancer("~a", "Ada")));
        repo.setNotes(mine.id(), "~a", "My note on Ada");
        dialogs.choice = 0;

        vm.importFile(file);

        assertThat(dialogs.questions.get(0)).contains("2 new, 1 already on your list")
                .contains("1 of those have different notes (Ada)").contains("already have a list called");
        assertThat(count("Frontend")).isEqualTo(3);
        assertThat(repo.entry(mine.id(), "~a").orElseThrow().notes()).isEqualTo("My note on Ada");
    }

    @Test
    void importingAsANewListLeavesTheExistingOneAlone() {
        Shortlist mine = repo.create("Frontend");
        repo.add(mine.id(), List.of(Samples.freelancer("~z", "Zed")));
        dialogs.choice = 1;

        vm.importFile(file);

        assertThat(count("Frontend")).isEqualTo(1);
        assertThat(count("Frontend (imported 2025-03-01)")).isEqualTo(3);
    }

    @Test
    void cancellingWritesNothing() {
        Shortlist mine = repo.create("Frontend");
        dialogs.choice = -1;

        vm.importFile(file);

        assertThat(repo.count(mine.id(), EntryQuery.all())).isZero();
        assertThat(repo.list()).hasSize(1);
    }

    @Test
    void anEntryTheUserRemovedDoesNotComeBackSilently() {
        Shortlist mine = repo.create("Frontend");
        repo.add(mine.id(), List.of(Samples.freelancer("~b", "Bea")));
        repo.remove(mine.id(), List.of("~b"));
        dialogs.choice = 0;

        vm.importFile(file);

        assertThat(dialogs.questions.get(0)).contains("1 you had removed from the list will stay removed");
        assertThat(repo.entry(mine.id(), "~b")).isEmpty();
        assertThat(count("Frontend")).isEqualTo(2);
    }

    @Test
    void anImportCanBeUndone() {
        Shortlist mine = repo.create("Frontend");
        repo.add(mine.id(), List.of(Samples.freelancer("~a", "Ada")));
        dialogs.choice = 0;
        vm.importFile(file);
        assertThat(count("Frontend")).isEqualTo(3);
        assertThat(repo.entry(mine.id(), "~a").orElseThrow().notes()).isEqualTo("Their note on Ada");

        notices.undo();

        assertThat(count("Frontend")).isEqualTo(1);
        assertThat(repo.entry(mine.id(), "~a").orElseThrow().notes()).isEmpty();
    }

    @Test
    void importedNotesAndTagsAreCleanedLikeEveryOtherField() throws Exception {
        Shortlist shared = theirs.findByName("Frontend").orElseThrow();
        theirs.setNotes(shared.id(), "~b", "call\u0007 me \u202Etomorrow\u200B");
        ShortlistExporter.exportShortlist("Frontend", sink -> theirs.forEachEntry(shared.id(), EntryQuery.all(), sink),
                ExportFormat.JSON, List.of(ExportColumn.values()), file, Samples.CLOCK);
        dialogs.answer = true;

        vm.importFile(file);

        long id = repo.findByName("Frontend").orElseThrow().id();
        assertThat(repo.entry(id, "~b").orElseThrow().notes()).isEqualTo("call me tomorrow");
    }

    @Test
    void undoingAnImportThatCreatedAListDeletesThatList() {
        dialogs.answer = true;
        vm.importFile(file);
        assertThat(count("Frontend")).isEqualTo(3);

        notices.undo();

        assertThat(repo.findByName("Frontend")).isEmpty();
    }
}
