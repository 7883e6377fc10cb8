package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ExportScorer;
import com.talentfinder.export.ShortlistExporter;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What the export dialog exports: a shortlist (in its sort and filters) or the search results shown. */
public interface ExportSource {

    /** The list's name, or a caption for results: the sheet name and the suggested file name. */
    String caption();

    /** True for a shortlist: status, rating, notes, tags and the saved date can be exported. */
    boolean hasEntryColumns();

    /** Writes the file with each row's ranking score from {@code scorer} and the formula's version. */
    long export(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock, ExportScorer scorer)
            throws IOException;

    /** Writes the file (blocking) with this source's own scores, if any; returns how many rows were written. */
    default long export(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock)
            throws IOException {
        return export(format, columns, target, clock, ExportScorer.NONE);
    }

    /** Writes one export: the part that differs between sources. */
    @FunctionalInterface
    interface Writer {
        long write(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock, ExportScorer scorer)
                throws IOException;
    }

    /** A source from its caption, whether it has entry columns, and how it writes. */
    static ExportSource of(String caption, boolean hasEntryColumns, Writer writer) {
        return new ExportSource() {
            @Override
            public String caption() {
                return caption;
            }

            @Override
            public boolean hasEntryColumns() {
                return hasEntryColumns;
            }

            @Override
            public long export(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock,
                               ExportScorer scorer) throws IOException {
                return writer.write(format, columns, target, clock, scorer);
            }
        };
    }

    /** This source, its rows scored by {@code scorer} (the weights in force when the export was opened). */
    default ExportSource scoredBy(ExportScorer scorer) {
        ExportSource inner = this;
        return new ExportSource() {
            @Override
            public String caption() {
                return inner.caption();
            }

            @Override
            public boolean hasEntryColumns() {
                return inner.hasEntryColumns();
            }

            @Override
            public long export(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock)
                    throws IOException {
                return inner.export(format, columns, target, clock, scorer);
            }

            @Override
            public long export(ExportFormat format, List<ExportColumn> columns, Path target, Clock clock,
                               ExportScorer other) throws IOException {
                return inner.export(format, columns, target, clock, other);
            }
        };
    }

    /** A shortlist's entries in {@code order}'s sort and filters (every page). */
    static ExportSource shortlist(ShortlistRepository repo, Shortlist list, EntryQuery order) {
        return of(list.name(), true, (format, columns, target, clock, scorer) -> ShortlistExporter.exportShortlist(
                list.name(), sink -> repo.forEachEntry(list.id(), order, sink), format, columns, target, clock,
                scorer));
    }

    /** Search results, as shown (a copy is taken now). */
    static ExportSource results(List<Freelancer> results, String caption) {
        List<Freelancer> rows = List.copyOf(results);
        return of(caption, false, (format, columns, target, clock, scorer) -> ShortlistExporter.exportResults(
                rows.iterator(), caption, format, columns, target, clock, scorer));
    }
}
