package com.talentfinder.export;

/**
 * Text for spreadsheet cells, made safe against formula injection: the one place CSV and XLSX exports use.
 *
 * <p>A spreadsheet treats a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula (or the start of one), so untrusted text such as {@code =HYPERLINK(...)} or
 * {@code +cmd|...} could run when the file is opened. Such text gets a leading apostrophe, which spreadsheets
 * show as plain text. Numbers are written as numbers and never pass through here.
 */
public final class SpreadsheetText {

    /** Excel's limit on the characters in one cell. */
    public static final int MAX_CELL_LENGTH = 32_767;

    private SpreadsheetText() {
    }

    /** True when a spreadsheet could read {@code text} as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text to put in a cell: neutralised when it could be read as a formula, cut to the cell limit. */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        String safe = looksLikeFormula(text) ? "'" + text : text;
        return safe.length() > MAX_CELL_LENGTH ? safe.substring(0, MAX_CELL_LENGTH) : safe;
    }
}
