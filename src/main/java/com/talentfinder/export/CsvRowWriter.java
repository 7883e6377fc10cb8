package com.talentfinder.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), RFC 4180 quoting, CRLF.
 *
 * <p>Fields are written straight to a buffered writer with the quoting rule of Commons CSV's {@code RFC4180}
 * format (minimal quoting), so the bytes are the same as {@code CSVPrinter}'s, about twice as fast: the export of
 * a 100,000-entry list is measured by the {@code bench} profile (docs/benchmarks.md). A row is built in a reused
 * buffer and encoded to UTF-8 in one call into a buffer that is also kept (a lone surrogate becomes {@code ?}, as
 * with an encoding writer); numbers, list columns and dates go into that buffer without a string of their own
 * where the bytes stay the same ({@code CsvBytesUnchangedTest}, {@code CsvFuzzBytesTest}).
 */
final class CsvRowWriter implements RowWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final byte[] BOM = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    private static final char QUOTE = '"';
    private static final char DELIMITER = ',';
    private static final String RECORD_END = "\r\n";

    private final ExportSpec spec;
    private final ExportColumn[] columns;
    private static final int INITIAL_LINE = 4096;
    /** A row longer than this (a 20,000-character description) does not keep its buffer for the next rows. */
    private static final int MAX_KEPT_LINE = 1 << 16;

    private final OutputStream out;
    private StringBuilder line = new StringBuilder(INITIAL_LINE);
    private char[] chars = new char[INITIAL_LINE];
    /** Three bytes a char at the most: a pair of surrogates is four, a lone one {@code ?}. */
    private byte[] bytes = new byte[INITIAL_LINE * 3];
    /** Like an encoding writer's: a lone surrogate becomes {@code ?}. */
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private long rows;
    private final DateCells dates;

    CsvRowWriter(OutputStream out, ExportSpec spec) throws IOException {
        this.spec = spec;
        this.columns = spec.columns().toArray(new ExportColumn[0]);
        this.dates = new DateCells(spec.zone());
        // A row is one write: buffered unless the caller's stream already is (ShortlistExporter's file is).
        this.out = out instanceof BufferedOutputStream || out instanceof ByteArrayOutputStream ? out
                : new BufferedOutputStream(out, 1 << 16);
        this.out.write(BOM);
        for (int i = 0; i < columns.length; i++) {
            field(SpreadsheetText.neutralise(columns[i].title()), i == 0);
        }
        line.append(RECORD_END);
        flushLine();
    }

    @Override
    public void write(ExportRow unscored) throws IOException {
        ExportRow row = unscored.scored(spec.scorer());
        line.setLength(0);
        for (int i = 0; i < columns.length; i++) {
            List<String> items = columns[i].itemsOf(row);
            if (items != null) {
                list(items, i == 0);
            } else {
                cell(columns[i].valueOf(row), i == 0);
            }
        }
        line.append(RECORD_END);
        flushLine();
        rows++;
    }

    /**
     * Hands the row to the stream as UTF-8 in one call, through buffers kept from row to row (a row is never cut
     * inside a surrogate pair: it ends with a line break).
     */
    private void flushLine() throws IOException {
        int len = line.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
            bytes = new byte[chars.length * 3];
        }
        line.getChars(0, len, chars, 0);
        ByteBuffer to = ByteBuffer.wrap(bytes);
        utf8.reset();
        utf8.encode(CharBuffer.wrap(chars, 0, len), to, true);
        utf8.flush(to);
        out.write(bytes, 0, to.position());
        if (line.capacity() > MAX_KEPT_LINE) {
            line = new StringBuilder(INITIAL_LINE);
            chars = new char[INITIAL_LINE];
            bytes = new byte[INITIAL_LINE * 3];
        }
    }

    /** One field, preceded by a delimiter unless first, quoted when Commons CSV's minimal rule says so. */
    private void field(String value, boolean first) {
        if (!first) {
            line.append(DELIMITER);
        }
        if (!needsQuotes(value, first)) {
            line.append(value);
            return;
        }
        line.append(QUOTE);
        quoted(value);
        line.append(QUOTE);
    }

    /**
     * Commons CSV's {@code QuoteMode.MINIMAL} rule: an empty first field; a field starting with a character up to
     * {@code #}; one holding a line break, a quote or a comma; one ending in a character up to a space. And one
     * more: a field holding {@code ;}, the list separator in many locales, where Excel would split an unquoted
     * field and could run the part after it as a formula.
     */
    static boolean needsQuotes(String value, boolean first) {
        int len = value.length();
        if (len == 0) {
            return first;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == QUOTE || c == DELIMITER || c == ';') {
                return true;
            }
        }
        return value.charAt(len - 1) <= ' ';
    }

    /** One value's field: text neutralised and quoted as needed; numbers and dates, which never need quotes, as they are. */
    private void cell(Object v, boolean first) {
        if (v instanceof Number raw) {
            Number n = SpreadsheetText.saneNumber(raw);
            if (n == null) {
                field("", first);
                return;
            }
            if (!first) {
                line.append(DELIMITER);
            }
            if (n instanceof Long l) {
                line.append(l.longValue());
            } else if (n instanceof Integer i) {
                line.append(i.intValue());
            } else if (n instanceof BigDecimal d) {
                plain(d, line);
            } else if (n instanceof Double d) {
                line.append(plain(d));
            } else {
                line.append(n);
            }
            return;
        }
        if (v instanceof Instant i) {
            field(dates.text(i), first);
            return;
        }
        field(v == null ? "" : SpreadsheetText.neutralise(v.toString()), first);
    }

    /**
     * A list column's items as the field of {@code String.join(", ", items)}, neutralised: with two items or more the
     * joined text holds a comma, so it is quoted, and it is a formula when its first item starts like one. Written
     * item by item when the whole fits in a cell; else (and for fewer items) through the joined string.
     */
    private void list(List<String> items, boolean first) {
        int n = items.size();
        if (n < 2) {
            field(SpreadsheetText.neutralise(n == 0 ? "" : items.get(0)), first);
            return;
        }
        String head = items.get(0);
        boolean formula = SpreadsheetText.looksLikeFormula(head);
        long length = (formula ? 1 : 0) + (long) ExportColumn.LIST_SEPARATOR.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            length += items.get(i).length();
        }
        if (length > SpreadsheetText.MAX_CELL_LENGTH) {
            field(SpreadsheetText.neutralise(String.join(ExportColumn.LIST_SEPARATOR, items)), first);
            return;
        }
        if (!first) {
            line.append(DELIMITER);
        }
        line.append(QUOTE);
        if (formula) {
            line.append('\'');
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                line.append(ExportColumn.LIST_SEPARATOR);
            }
            quoted(items.get(i));
        }
        line.append(QUOTE);
    }

    /** {@code value} inside quotes: each quote doubled. */
    private void quoted(String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == QUOTE) {
                line.append(value, from, i + 1);
                line.append(QUOTE);
                from = i + 1;
            }
        }
        line.append(value, from, value.length());
    }

    /**
     * Appends {@code d.toPlainString()}; a whole number with a negative scale (a rate of {@code 1E+2}) without the
     * string in between.
     */
    static void plain(BigDecimal d, StringBuilder to) {
        if (d.scale() < 0 && d.signum() != 0) {
            BigInteger unscaled = d.unscaledValue();
            if (unscaled.bitLength() < 64) {
                to.append(unscaled.longValue());
                for (int i = d.scale(); i < 0; i++) {
                    to.append('0');
                }
                return;
            }
        }
        to.append(d.toPlainString());
    }

    /**
     * The saved date's text, {@code yyyy-MM-dd HH:mm} in the export's zone: formatted once per local minute, since
     * a list's entries are often saved in the same minute (a batch added at once) and a formatter is slow.
     */
    static final class DateCells {
        private final ZoneId zone;
        private final ZoneRules rules;
        /** The epoch seconds [from, to) that {@link #text} holds for. */
        private long from = Long.MAX_VALUE;
        private long to = Long.MIN_VALUE;
        private String text;

        DateCells(ZoneId zone) {
            this.zone = zone;
            this.rules = zone.getRules();
        }

        String text(Instant i) {
            long second = i.getEpochSecond();
            if (second >= from && second < to) {
                return text;
            }
            ZonedDateTime local = i.atZone(zone);
            text = DATE.format(local);
            // The local minute, in epoch seconds; it holds for every instant in it while the offset does not change.
            int offset = local.getOffset().getTotalSeconds();
            long start = Math.floorDiv(second + offset, 60) * 60 - offset;
            Instant startInstant = Instant.ofEpochSecond(start);
            ZoneOffsetTransition next = rules.nextTransition(startInstant);
            if (rules.getOffset(startInstant).equals(local.getOffset())
                    && (next == null || next.toEpochSecond() >= start + 60)) {
                from = start;
                to = start + 60;
            } else {
                from = Long.MAX_VALUE;
                to = Long.MIN_VALUE;
            }
            return text;
        }
    }

    /**
     * {@code BigDecimal.valueOf(d).toPlainString()}, without the detour when {@link Double#toString} already has
     * no exponent (from 10^-3 to below 10^7, every hours figure): {@code valueOf} parses exactly that text, and a
     * decimal without an exponent prints back as it was read. (Not for zero: {@code -0.0} prints as {@code 0.0}.)
     */
    static String plain(double d) {
        if (d == 0) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).toPlainString();
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
