package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 7: the extension is added before the overwrite check; exports get ordinary permissions. */
class ExportEdgesTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Edges");
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada")));
    }

    private ExportViewModel vm() {
        return new ExportViewModel(ExportSource.shortlist(repo, repo.find(list.id()).orElseThrow(), EntryQuery.all()),
                dialogs, p -> { }, new SyncTaskRunner(), Samples.CLOCK);
    }

    @Test
    void aNameTypedWithoutExtensionDoesNotSilentlyReplaceTheFileWithIt() throws Exception {
        Path existing = dir.resolve("report.csv");
        Files.writeString(existing, "precious");
        dialogs.exportTarget = dir.resolve("report");
        dialogs.answer = false;

        vm().export();

        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(dialogs.questions).contains("overwrite report.csv");
    }

    @Test
    void replacingIsDoneWhenTheUserSaysSo() throws Exception {
        Path existing = dir.resolve("report.csv");
        Files.writeString(existing, "old");
        dialogs.exportTarget = dir.resolve("report");
        dialogs.answer = true;

        vm().export();

        assertThat(Files.readString(existing)).contains("Ada");
    }

    @Test
    void anExportIsAnOrdinaryFileNotAPrivateOne() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        dialogs.exportTarget = dir.resolve("shared.csv");
        vm().formatProperty().set(ExportFormat.CSV);

        vm().export();

        assertThat(Files.getPosixFilePermissions(dialogs.exportTarget)).contains(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);
    }
}
