package com.talentfinder.export;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;

/**
 * Exports a shortlist, or plain search results, to CSV, XLSX or JSON with a chosen set of columns.
 *
 * <p>Rows stream through a {@link RowWriter}: a shortlist is read from the database one entry at a time, on a
 * helper thread a few batches ahead of the writer ({@link ReadAhead}), so 100,000 rows never sit in memory
 * together and reading overlaps writing. Files are written beside the target and moved into place at the
 * end, so a failed export never leaves half a file under the chosen name. Blocking: run off the UI thread.
 */
public final class ShortlistExporter {

    private ShortlistExporter() {
    }

    /** A writer for {@code format} on {@code out}; closing it finishes the file and closes {@code out}. */
    public static RowWriter open(ExportFormat format, OutputStream out, ExportSpec spec) throws IOException {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, spec);
            case XLSX -> new XlsxRowWriter(out, spec);
            case JSON -> new JsonRowWriter(out, spec);
        };
    }

    /** Writes every row of {@code rows}, then finishes and closes {@code out}; returns the row count. */
    public static long write(ExportFormat format, OutputStream out, ExportSpec spec, Iterator<ExportRow> rows)
            throws IOException {
        try (RowWriter w = open(format, out, spec)) {
            while (rows.hasNext()) {
                w.write(rows.next());
            }
            return w.rows();
        }
    }

    /** Streams a list's entries in export order, e.g. {@code sink -> repo.forEachEntry(id, order, sink)}. */
    @FunctionalInterface
    public interface EntrySource {
        void forEach(java.util.function.Consumer<ShortlistEntry> sink);
    }

    /**
     * Exports a shortlist's entries, in the order {@code entries} gives them, to {@code target}.
     *
     * @return how many entries were written
     */
    public static long exportShortlist(String listName, EntrySource entries, ExportFormat format,
                                       List<ExportColumn> columns, Path target, Clock clock) throws IOException {
        return exportShortlist(listName, entries, format, columns, target, clock, ExportScorer.NONE);
    }

    /** As above, with each entry's ranking score from {@code scorer} and the formula's version. */
    public static long exportShortlist(String listName, EntrySource entries, ExportFormat format,
                                       List<ExportColumn> columns, Path target, Clock clock, ExportScorer scorer)
            throws IOException {
        ExportSpec spec = new ExportSpec(listName, columns, clock.instant(), clock.getZone(), scorer);
        return writeFile(target, out -> {
            try (RowWriter w = open(format, out, spec)) {
                // The database is read (and snapshots parsed) on a helper thread while this one writes.
                ReadAhead.<ShortlistEntry>copy(entries::forEach,
                        entry -> w.write(ExportRow.of(entry)));
                return w.rows();
            }
        });
    }

    /** Exports plain search results (no shortlist columns) to {@code target}; {@code caption} names the sheet. */
    public static long exportResults(Iterator<Freelancer> results, String caption, ExportFormat format,
                                     List<ExportColumn> columns, Path target, Clock clock) throws IOException {
        return exportResults(results, caption, format, columns, target, clock, ExportScorer.NONE);
    }

    /** As above, with each result's ranking score from {@code scorer} and the formula's version. */
    public static long exportResults(Iterator<Freelancer> results, String caption, ExportFormat format,
                                     List<ExportColumn> columns, Path target, Clock clock, ExportScorer scorer)
            throws IOException {
        ExportSpec spec = new ExportSpec(caption, columns, clock.instant(), clock.getZone(), scorer)
                .withoutEntryColumns();
        Iterator<ExportRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public ExportRow next() {
                return ExportRow.of(results.next());
            }
        };
        return writeFile(target, out -> write(format, out, spec, rows));
    }

    private interface FileBody {
        long writeTo(OutputStream out) throws IOException;
    }

    private static long writeFile(Path target, FileBody body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Not createTempFile: that makes the file readable by the owner only, and an export is an ordinary
        // document (the user's usual permissions, e.g. to share it).
        Path part = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                new java.security.SecureRandom().nextLong(), 36) + ".part");
        try {
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
                rows = body.writeTo(out);
            }
            try {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
