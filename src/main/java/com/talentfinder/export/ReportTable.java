package com.talentfinder.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A small table of figures (an insight report) with notes under it (the caveat and the fetch date), written as
 * CSV or an Excel workbook. Text cells are neutralised against formula injection like every export; numbers
 * are numeric cells; notes always come last, after an empty row, so they travel with the figures.
 *
 * @param title   the sheet name
 * @param headers column titles
 * @param rows    cells: {@link Number}s, text or null (empty)
 * @param notes   lines under the table (caveat, date)
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows, List<String> notes) {

    private static final String RECORD_END = "\r\n";

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        notes = List.copyOf(notes);
    }

    /** CSV (RFC 4180, CRLF) without a byte-order mark: for a terminal or a pipe. */
    public void writeCsv(Writer out) throws IOException {
        record(out, headers.stream().map(h -> (Object) h).toList());
        for (List<Object> r : rows) {
            record(out, r);
        }
        if (!notes.isEmpty()) {
            out.write(RECORD_END);
            for (String n : notes) {
                record(out, List.of(n));
            }
        }
        out.flush();
    }

    /** CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel reads it as UTF-8. Closes {@code out}. */
    public void writeCsvFile(OutputStream out) throws IOException {
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            writeCsv(w);
        }
    }

    /** An Excel workbook with one sheet: a bold header row, the rows, then the notes. Closes {@code out}. */
    public void writeXlsx(OutputStream out) throws IOException {
        try (out) {
            Workbook wb = new Workbook(out, "Talent Finder", "1.0");
            Worksheet sheet = wb.newWorksheet(XlsxRowWriter.sheetName(title));
            for (int c = 0; c < headers.size(); c++) {
                sheet.inlineString(0, c, SpreadsheetText.cellText(headers.get(c)));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 0 ? 24 : 12);
            }
            int row = 1;
            for (List<Object> r : rows) {
                for (int c = 0; c < r.size(); c++) {
                    Object v = r.get(c);
                    Number n = v instanceof Number num ? SpreadsheetText.saneNumber(num) : null;
                    if (n != null) {
                        sheet.value(row, c, n);
                    } else if (v != null && !(v instanceof Number)) {
                        sheet.inlineString(row, c, SpreadsheetText.cellText(v.toString()));
                    }
                }
                row++;
            }
            row++;
            for (String n : notes) {
                sheet.inlineString(row++, 0, SpreadsheetText.cellText(n));
            }
            wb.finish();
        }
    }

    private static void record(Writer out, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cell(cells.get(i))));
        }
        out.write(RECORD_END);
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number raw) {
            Number n = SpreadsheetText.saneNumber(raw);
            if (n == null) {
                return "";
            }
            return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        }
        return SpreadsheetText.neutralise(v.toString());
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
