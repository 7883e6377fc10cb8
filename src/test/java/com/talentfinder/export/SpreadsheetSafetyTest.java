package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, point 4: full-width formula starts, {@code ;} in CSV fields. */
class SpreadsheetSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"\uFF1Dcmd|' /C calc'!A0", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)"})
    void fullWidthFormulaStartsAreNeutralised(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void aFieldWithASemicolonIsQuoted() throws Exception {
        ExportSpec spec = new ExportSpec("L", List.of(ExportColumn.NAME, ExportColumn.NOTES), Instant.EPOCH,
                ZoneOffset.UTC);
        assertThat(CsvRowWriter.needsQuotes("a;=cmd|' /C calc'!A0", false)).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRowWriter w = new CsvRowWriter(out, spec)) {
            w.write(ExportRow.of(new com.talentfinder.domain.ShortlistEntry(1, Rows.plain(), Instant.EPOCH,
                    com.talentfinder.domain.EntryStatus.NEW, 0, "call;=1+2", List.of(), null)));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"call;=1+2\"");
    }
}
