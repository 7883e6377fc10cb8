package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 (2): lower layers return codes, the window turns them into words from the bundle. The English a
 * lower layer keeps for the command line and exports ({@code Badge.englishLabel()},
 * {@code EntryStatus.englishLabel()}) is never shown by the window.
 */
class NoEnglishFromLowerLayersTest {

    @Test
    void theWindowNeverShowsALowerLayersDefaultEnglish() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/talentfinder/ui"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains(".englishLabel(");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
