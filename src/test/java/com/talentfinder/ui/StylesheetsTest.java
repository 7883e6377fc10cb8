package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** Every stylesheet parses cleanly: a missing brace silently drops every rule after it. */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesWithoutErrors() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/com/talentfinder"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
        }
    }
}
