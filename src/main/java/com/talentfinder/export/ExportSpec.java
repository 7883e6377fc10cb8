package com.talentfinder.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What an export holds besides its rows.
 *
 * @param title       the list's name (or a caption for results): the JSON {@code name} and the XLSX sheet name
 * @param columns     the CSV and XLSX columns, in order (JSON always holds every field, so it can be imported)
 * @param exportedAt  when the export was made
 * @param zone        the time zone dates are written in for CSV and XLSX
 * @param scorer      the ranking score written with each row ({@link ExportScorer#NONE}: blank)
 */
public record ExportSpec(String title, List<ExportColumn> columns, Instant exportedAt, ZoneId zone,
                         ExportScorer scorer) {

    public ExportSpec {
        title = title == null || title.isBlank() ? "Talent Finder export" : title.strip();
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one column to export.");
        }
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(zone, "zone");
        scorer = scorer == null ? ExportScorer.NONE : scorer;
    }

    /** Without scores. */
    public ExportSpec(String title, List<ExportColumn> columns, Instant exportedAt, ZoneId zone) {
        this(title, columns, exportedAt, zone, ExportScorer.NONE);
    }

    /** The same spec without the shortlist columns (for plain search results). */
    public ExportSpec withoutEntryColumns() {
        List<ExportColumn> plain = columns.stream().filter(c -> !c.entryOnly()).toList();
        return new ExportSpec(title, plain.isEmpty() ? ExportColumn.forResults() : plain, exportedAt, zone, scorer);
    }

    /** The same spec with scores from {@code s}. */
    public ExportSpec withScorer(ExportScorer s) {
        return new ExportSpec(title, columns, exportedAt, zone, s);
    }
}
