package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Frontend Q1");
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        repo.setStatus(list.id(), List.of("~a"), EntryStatus.HIRED);
        repo.setNotes(list.id(), "~a", "=HYPERLINK(\"x\")");
    }

    private ExportViewModel forList() {
        return new ExportViewModel(ExportSource.shortlist(repo, repo.find(list.id()).orElseThrow(), EntryQuery.all()),
                dialogs, opened::add, new SyncTaskRunner(), Samples.CLOCK);
    }

    @Test
    void aCsvExportWritesTheChosenColumnsToTheFileChosen() throws Exception {
        ExportViewModel vm = forList();
        dialogs.exportTarget = dir.resolve("out/list.csv");
        vm.chooseAll(false);
        vm.columns().stream().filter(c -> c.column() == ExportColumn.NAME || c.column() == ExportColumn.STATUS)
                .forEach(c -> c.chosenProperty().set(true));

        vm.export();

        String csv = Files.readString(dialogs.exportTarget, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Status");
        assertThat(csv).contains("Ada,Hired");
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("Exported 2 entries to " + dialogs.exportTarget.toAbsolutePath());
    }

    @Test
    void theSuggestedNameIsTheListsNameWithTheFormatsExtension() {
        ExportViewModel vm = forList();
        vm.formatProperty().set(ExportFormat.XLSX);

        vm.export();

        assertThat(dialogs.questions).containsExactly("Frontend Q1.xlsx");
    }

    @Test
    void jsonHoldsEveryFieldWhateverColumnsAreTicked() throws Exception {
        ExportViewModel vm = forList();
        vm.formatProperty().set(ExportFormat.JSON);
        vm.chooseAll(false);
        dialogs.exportTarget = dir.resolve("list");

        vm.export();

        Path written = dir.resolve("list.json");
        assertThat(vm.columnsApplyProperty().get()).isFalse();
        assertThat(Files.readString(written)).contains("\"notes\"", "\"profile_url\"", "\"status\"");
    }

    @Test
    void noColumnsForCsvIsRefusedBeforeAskingForAFile() {
        ExportViewModel vm = forList();
        vm.chooseAll(false);

        vm.export();

        assertThat(vm.errorProperty().get()).isEqualTo("Choose at least one column to export.");
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void openFolderOpensOnlyTheFolderOfTheExport() {
        ExportViewModel vm = forList();
        dialogs.exportTarget = dir.resolve("out/list.csv");
        vm.export();

        vm.openFolder();

        assertThat(vm.canOpenFolderProperty().get()).isTrue();
        assertThat(opened).containsExactly(dir.resolve("out").toAbsolutePath());
    }

    @Test
    void searchResultsExportWithoutShortlistColumns() throws Exception {
        ExportViewModel vm = new ExportViewModel(ExportSource.results(List.of(Samples.freelancer("~z", "Zed")),
                "Search results: react"), dialogs, opened::add, new SyncTaskRunner(), Samples.CLOCK);
        dialogs.exportTarget = dir.resolve("results.csv");

        vm.export();

        assertThat(vm.columns()).noneMatch(c -> c.column().entryOnly());
        assertThat(Files.readString(dialogs.exportTarget)).contains("Zed").doesNotContain("Status");
    }
}
