package com.talentfinder.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook, streamed with fastexcel: a bold, frozen header row, numbers as numeric cells, dates as
 * date cells, profile URLs as real hyperlinks (a relationship on the cell, never a formula), text as inline
 * strings neutralised against formula injection. Rows are flushed to the stream as they are written.
 */
final class XlsxRowWriter implements RowWriter {

    /** Excel refuses more hyperlinks than this in one sheet; later URLs are written as plain text. */
    static final int MAX_HYPERLINKS = 65_530;
    private static final int FLUSH_EVERY = 1_000;
    private static final String LINK_COLOR = "0563C1";

    private final OutputStream out;
    private final ExportSpec spec;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;
    private int links;

    XlsxRowWriter(OutputStream out, ExportSpec spec) {
        this.out = out;
        this.spec = spec;
        this.workbook = new Workbook(out, "Talent Finder", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(spec.title()));
        List<ExportColumn> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
            sheet.inlineString(0, c, SpreadsheetText.neutralise(columns.get(c).title()));
            sheet.style(0, c).bold().fillColor("E7E6E6").set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void write(ExportRow unscored) throws IOException {
        ExportRow r = unscored.scored(spec.scorer());
        List<ExportColumn> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            ExportColumn col = columns.get(c);
            Object v = col.valueOf(r);
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                Number sane = SpreadsheetText.saneNumber(n);
                if (sane != null) {
                    sheet.value(row, c, sane);
                }
            } else if (v instanceof Instant i) {
                sheet.value(row, c, i.atZone(spec.zone()).toLocalDateTime());
                sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
            } else if (col.kind() == ExportColumn.Kind.URL && links < MAX_HYPERLINKS && isWebLink(v.toString())) {
                sheet.hyperlink(row, c, new HyperLink(v.toString(), SpreadsheetText.cellText(v.toString())));
                sheet.style(row, c).fontColor(LINK_COLOR).underlined().set();
                links++;
            } else {
                // A typed string cell: never a formula, so no visible apostrophe is needed.
                sheet.inlineString(row, c, SpreadsheetText.cellText(v.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private static boolean isWebLink(String url) {
        return url.startsWith("https://");
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}, not blank. */
    static String sheetName(String title) {
        String n = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").strip();
        if (n.startsWith("'")) {
            n = n.substring(1).strip();
        }
        n = n.length() > 31 ? n.substring(0, 31).strip() : n;
        return n.isEmpty() ? "Export" : n;
    }

    @Override
    public long rows() {
        return row - 1L;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.finish();
        } finally {
            out.close();
        }
    }
}
