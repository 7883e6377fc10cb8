package com.talentfinder.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), RFC 4180 quoting, CRLF. */
final class CsvRowWriter implements RowWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExportSpec spec;
    private final CSVPrinter printer;
    private long rows;

    CsvRowWriter(OutputStream out, ExportSpec spec) throws IOException {
        this.spec = spec;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        spec.columns().forEach(c -> header.add(SpreadsheetText.neutralise(c.title())));
        printer.printRecord(header);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        for (ExportColumn c : spec.columns()) {
            printer.print(cell(c.valueOf(row)));
        }
        printer.println();
        rows++;
    }

    private String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (v instanceof Instant i) {
            return DATE.format(i.atZone(spec.zone()));
        }
        return SpreadsheetText.neutralise(v.toString());
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
