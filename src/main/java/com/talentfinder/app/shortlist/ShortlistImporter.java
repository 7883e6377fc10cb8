package com.talentfinder.app.shortlist;

import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.export.ImportException;
import com.talentfinder.export.ImportException.Problem;
import com.talentfinder.store.ShortlistEntries;
import com.talentfinder.store.ShortlistRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Reads a JSON export (see {@link JsonRowWriter}) back into a shortlist, so staff can share lists.
 *
 * <p>The file is untrusted: its size is capped, the format marker must come first, and an entry that cannot be
 * read (no id, not an object) is skipped and counted, as is a repeated id. The list of the file's name is
 * created when missing, otherwise the entries are merged into it by freelancer id, never duplicated (the window
 * first shows a {@link Preview} and asks, and may import as a new list instead; an import can be undone). A
 * freelancer the user removed from the list stays removed. The merge
 * rule: a freelancer new to the list arrives with the file's snapshot, status, rating, notes and tags; for one
 * already there, the local snapshot is kept, the file's status, rating and notes are taken only where the local
 * entry still has its default (New, no rating, no notes), and tags are united. Local work is never overwritten.
 */
public final class ShortlistImporter {

    /** The largest file read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most entries read from one file. */
    public static final int MAX_ENTRIES = 200_000;

    /** What an import did; {@code undo} takes it back ({@link #undo}). */
    public record Summary(String listName, boolean listCreated, int added, int updated, int unchanged, int skipped,
                          int keptRemoved, ShortlistEntries.Undo undo) {
    }

    /**
     * What importing a file would do, read before anything is written (the window shows it and asks).
     *
     * @param listName the list's name in the file
     * @param entries  entries that can be imported
     * @param skipped  entries that could not be read, or repeated
     * @param merge    what merging into the list of that name would do
     */
    public record Preview(String listName, int entries, int skipped, ShortlistEntries.MergePreview merge,
                          List<ShortlistEntry> incoming) {
        /** A live list of the same name exists: the user chooses to merge or to import as a new list. */
        public boolean listExists() {
            return merge.listExists();
        }
    }

    private final ShortlistRepository repository;
    private final Clock clock;
    private final long maxBytes;

    public ShortlistImporter(ShortlistRepository repository, Clock clock) {
        this(repository, clock, MAX_BYTES);
    }

    /** With a smaller size cap (tests). */
    public ShortlistImporter(ShortlistRepository repository, Clock clock, long maxBytes) {
        this.repository = repository;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Imports {@code file} at once, merging into the list of its name (the command line). */
    public Summary importFile(Path file) {
        return apply(preview(file), true);
    }

    /** Reads {@code file} and says what importing it would do; writes nothing. */
    public Preview preview(Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                throw ShortlistFileReader.tooLarge(maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return preview(in);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(Problem.NO_SUCH_FILE, "The file " + file + " does not exist. Check the name and "
                    + "try again.", e, file.toString());
        } catch (IOException e) {
            throw new ImportException(Problem.UNREADABLE_FILE, "The file " + file + " could not be read. Check that "
                    + "it is a file you may open, then try again.", e, file.toString());
        }
    }

    /** Imports from a stream (read to at most the size cap), merging. The caller closes {@code in}. */
    public Summary importFrom(InputStream in) throws IOException {
        return apply(preview(in), true);
    }

    /** Reads a stream and says what importing it would do; writes nothing. */
    public Preview preview(InputStream in) throws IOException {
        ShortlistFileReader.Parsed parsed = new ShortlistFileReader(clock, maxBytes).read(in);
        String name = UntrustedText.singleLine(parsed.name, ShortlistRepository.MAX_NAME_LENGTH);
        if (name == null) {
            throw new ImportException(Problem.NO_NAME, "The file does not say which list it holds. Export the list "
                    + "again, then import the new file.", null);
        }
        return new Preview(name, parsed.entries.size(), parsed.skipped,
                repository.entryEditor().previewMerge(name, parsed.entries), parsed.entries);
    }

    /**
     * Writes a previewed import: into the list of the file's name when {@code mergeIntoExisting} (or when there
     * is none), else into a new list "Name (imported 2026-12-02)".
     */
    public Summary apply(Preview preview, boolean mergeIntoExisting) {
        String target = preview.listExists() && !mergeIntoExisting ? importedName(preview.listName())
                : preview.listName();
        ShortlistEntries.MergeResult r = repository.entryEditor().merge(target, preview.incoming());
        String listName = repository.find(r.shortlistId()).map(s -> s.name()).orElse(target);
        return new Summary(listName, r.listCreated(), r.added(), r.updated(), r.unchanged(), preview.skipped(),
                r.keptRemoved(), r.undo());
    }

    /** Takes an import back: the list it created is deleted, or what it added and changed is undone. */
    public void undo(Summary summary) {
        repository.entryEditor().undoMerge(summary.undo());
    }

    /** "Name (imported 2026-12-02)", or "… 2", "… 3" when that is taken too. */
    String importedName(String name) {
        String date = java.time.LocalDate.now(clock).toString();
        String suffix = " (imported " + date + ")";
        int room = ShortlistRepository.MAX_NAME_LENGTH - suffix.length() - 3;
        String base = name.length() > room ? name.substring(0, Math.max(1, room)).strip() : name;
        String candidate = base + suffix;
        for (int i = 2; repository.findByName(candidate).isPresent(); i++) {
            candidate = base + " (imported " + date + " " + i + ")";
        }
        return candidate;
    }
}
