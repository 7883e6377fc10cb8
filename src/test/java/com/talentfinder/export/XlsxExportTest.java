package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the workbook back with {@link ZipFile} and checks the sheet XML itself. */
class XlsxExportTest {

    @TempDir
    Path dir;

    private String sheetXml;
    private Map<String, Cell> cells;
    private String sheetRels;

    record Cell(String type, String text) {
    }

    @BeforeEach
    void exportAndRead() throws Exception {
        Path file = dir.resolve("list.xlsx");
        ExportSpec spec = new ExportSpec("My [list]: Q3/Q4", ExportColumn.forShortlist(),
                Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
        try (var out = Files.newOutputStream(file)) {
            ShortlistExporter.write(ExportFormat.XLSX, out, spec, List.of(Rows.hostileEntry(), Rows.plainEntry()).iterator());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheetXml = read(zip, "xl/worksheets/sheet1.xml");
            sheetRels = read(zip, "xl/worksheets/_rels/sheet1.xml.rels");
            List<String> shared = zip.getEntry("xl/sharedStrings.xml") == null ? List.of()
                    : texts(parse(read(zip, "xl/sharedStrings.xml")).getElementsByTagName("si"));
            cells = cells(parse(sheetXml), shared);
        }
    }

    private static String read(ZipFile zip, String name) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList items) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            out.add(items.item(i).getTextContent());
        }
        return out;
    }

    private static Map<String, Cell> cells(Document sheet, List<String> shared) {
        Map<String, Cell> out = new HashMap<>();
        NodeList cs = sheet.getElementsByTagName("c");
        for (int i = 0; i < cs.getLength(); i++) {
            Element c = (Element) cs.item(i);
            String type = c.getAttribute("t");
            String text = c.getTextContent();
            if ("s".equals(type)) {
                text = shared.get(Integer.parseInt(text.strip()));
            }
            out.put(c.getAttribute("r"), new Cell(type, text));
        }
        return out;
    }

    /** The cell reference ("D2") of a column of the full shortlist export. */
    private static String ref(ExportColumn column, int row) {
        int index = ExportColumn.forShortlist().indexOf(column);
        String letters = index < 26 ? "" + (char) ('A' + index) : "" + (char) ('A' + index / 26 - 1) + (char) ('A' + index % 26);
        return letters + row;
    }

    @Test
    void hasNoFormulaAnywhere() {
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void writesFormulaLikeTextAsTypedStringsWithoutAVisibleApostrophe() {
        // A typed string cell is never a formula: the text is shown exactly as it was, no "'" in front.
        assertThat(cells.get(ref(ExportColumn.NAME, 2))).isEqualTo(new Cell("inlineStr", Rows.HYPERLINK));
        assertThat(cells.get(ref(ExportColumn.TITLE, 2))).isEqualTo(new Cell("inlineStr", Rows.CMD));
        assertThat(cells.get(ref(ExportColumn.NOTES, 2))).isEqualTo(new Cell("inlineStr", Rows.SUM));
        assertThat(cells.get(ref(ExportColumn.DESCRIPTION, 2))).isEqualTo(new Cell("inlineStr", Rows.MINUS));
    }

    @Test
    void writesNumbersAsNumericCells() {
        Cell rate = cells.get(ref(ExportColumn.RATE, 3));
        Cell negative = cells.get(ref(ExportColumn.RATE, 2));
        Cell jobs = cells.get(ref(ExportColumn.JOBS, 3));

        assertThat(rate.type()).isIn("", "n");
        assertThat(Double.parseDouble(rate.text())).isEqualTo(45.5);
        assertThat(Double.parseDouble(negative.text())).isEqualTo(-5.25);
        assertThat(negative.type()).isIn("", "n");
        assertThat(Double.parseDouble(jobs.text())).isEqualTo(17);
    }

    @Test
    void writesHiddenValuesAsText() {
        assertThat(cells.get(ref(ExportColumn.JSS, 2))).isEqualTo(new Cell("inlineStr", "hidden"));
        assertThat(cells.get(ref(ExportColumn.EARNINGS, 2))).isEqualTo(new Cell("inlineStr", "hidden"));
        assertThat(sheetXml).doesNotContain("123456");
    }

    @Test
    void freezesTheHeaderRow() {
        assertThat(sheetXml).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"");
        assertThat(cells.get("A1")).isEqualTo(new Cell("inlineStr", "Name"));
    }

    @Test
    void linksProfileUrlsThroughAHyperlinkRelationship() {
        String urlCell = ref(ExportColumn.PROFILE_URL, 3);

        assertThat(sheetXml).containsPattern("<hyperlink [^>]*ref=\"" + urlCell + "\"");
        assertThat(sheetRels).contains("Target=\"https://www.upwork.com/freelancers/~01plain\"")
                .contains("TargetMode=\"External\"");
        assertThat(cells.get(urlCell).text()).isEqualTo("https://www.upwork.com/freelancers/~01plain");
    }

    @Test
    void setsColumnWidths() {
        assertThat(sheetXml).contains("<cols>").containsPattern("<col [^>]*width=");
    }

    @Test
    void makesAValidSheetNameFromTheListName() {
        assertThat(XlsxRowWriter.sheetName("My [list]: Q3/Q4")).isEqualTo("My  list   Q3 Q4");
        assertThat(XlsxRowWriter.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxRowWriter.sheetName("   ")).isEqualTo("Export");
    }
}
