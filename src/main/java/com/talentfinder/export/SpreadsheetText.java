package com.talentfinder.export;

/**
 * Text for spreadsheet cells, made safe against formula injection: the one place CSV and XLSX exports use.
 *
 * <p>A spreadsheet treats a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula (or the start of one), and some read the full-width forms ({@code ＝＋－＠}) the same way,
 * so untrusted text such as {@code =HYPERLINK(...)} or {@code ＝cmd|...} could run when a CSV file is opened.
 * In CSV such text gets a leading apostrophe, which spreadsheets show as plain text. In XLSX every text cell is a
 * typed string, which is never a formula, so it is written as it is ({@link #cellText}). Numbers are written as
 * numbers, and only when sane ({@link #saneNumber}).
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
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }

    /** Text for a typed string cell (XLSX): never read as a formula, so only cut to the cell limit. */
    public static String cellText(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH) : text;
    }

    /**
     * {@code n} when it can be written as a number without expanding an absurd exponent (a stored
     * {@code 9e999999999} would print a billion digits), or null to leave the cell empty.
     */
    public static Number saneNumber(Number n) {
        if (n instanceof java.math.BigDecimal d) {
            return com.talentfinder.cleaning.FreelancerCleaning.sane(d);
        }
        if (n instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (n instanceof Float f) {
            return Float.isFinite(f) ? f : null;
        }
        return n;
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
