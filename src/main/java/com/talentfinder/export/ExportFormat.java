package com.talentfinder.export;

import java.util.Locale;

/** The file formats a list or results can be exported to. */
public enum ExportFormat {
    CSV("csv", "CSV (Excel, Google Sheets)"),
    XLSX("xlsx", "Excel workbook"),
    JSON("json", "JSON (for Talent Finder import and other tools)");

    /** The {@code format} value that starts a Talent Finder shortlist JSON export. */
    public static final String SHORTLIST_JSON_MARKER = "talent-finder-shortlist";
    /** The newest shortlist JSON version this build writes and reads. */
    public static final int SHORTLIST_JSON_VERSION = 1;

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** Reads {@code csv}, {@code xlsx} or {@code json} in any case. */
    public static ExportFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown export format \"" + text + "\". Use csv, xlsx or json.");
    }
}
