package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.export.ImportException;
import com.talentfinder.export.ImportException.Problem;
import com.talentfinder.store.ShortlistRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 (2): the importer gives a code, the window says it from its bundle. Each unusable file reads the same
 * in the window as the command line's English (no sentence changed), and the window's words do not come from
 * the exception.
 */
class ImportWordsTest {

    @TempDir
    Path dir;

    private ImportException failureFor(String content, long maxBytes) throws Exception {
        ShortlistRepository repo = Samples.repo(Files.createDirectories(dir.resolve("db")));
        Path file = Files.writeString(dir.resolve("list-" + content.hashCode() + ".json"), content);
        return catchThrowableOfType(ImportException.class,
                () -> new ShortlistImporter(repo, Samples.CLOCK, maxBytes).preview(file));
    }

    @Test
    void everyUnusableFileReadsTheSameInTheWindowAsOnTheCommandLine() throws Exception {
        ShortlistRepository repo = Samples.repo(Files.createDirectories(dir.resolve("db0")));
        ShortlistImporter importer = new ShortlistImporter(repo, Samples.CLOCK);
        String marker = com.talentfinder.export.ExportFormat.SHORTLIST_JSON_MARKER;
        Set<Problem> seen = EnumSet.noneOf(Problem.class);
        for (ImportException e : new ImportException[] {
            failureFor("{\"format\":", 1 << 20),
            failureFor("{}", 1 << 20),
            failureFor("{\"format\":\"" + marker + "\",\"version\":999}", 1 << 20),
            failureFor("{\"format\":\"" + marker + "\",\"version\":1,\"entries\":[]}", 1 << 20),
            failureFor("{\"format\":\"" + marker + "\"," + " ".repeat(2048) + "\"name\":\"x\"}", 1024),
            catchThrowableOfType(ImportException.class, () -> importer.preview(dir.resolve("missing.json"))),
            catchThrowableOfType(ImportException.class,
                    () -> importer.preview(Files.createDirectories(dir.resolve("a-folder.json")))),
        }) {
            assertThat(e).isNotNull();
            assertThat(e.problem()).as(e.getMessage()).isNotEqualTo(Problem.UNSPECIFIED);
            assertThat(ShortlistErrors.message(e)).as(e.problem().name()).isEqualTo(e.getMessage());
            seen.add(e.problem());
        }
        assertThat(seen).contains(Problem.NOT_JSON, Problem.NOT_OURS, Problem.NEWER_VERSION, Problem.NO_NAME,
                Problem.TOO_LARGE, Problem.NO_SUCH_FILE, Problem.UNREADABLE_FILE);
    }

    @Test
    void theWindowTakesItsWordsFromTheBundleNotFromTheException() {
        ImportException coded = new ImportException(Problem.TOO_MANY_ENTRIES, "English of the command line", null,
                200_000);

        assertThat(ShortlistErrors.message(coded))
                .isEqualTo("The file holds more than 200000 entries. Split the list, then import the parts.");
    }
}
