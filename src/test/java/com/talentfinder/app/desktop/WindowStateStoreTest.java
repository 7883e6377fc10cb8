package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.desktop.WindowState.Rect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateStoreTest {

    @TempDir
    Path dataFolder;

    private WindowStateStore store() {
        return new WindowStateStore(dataFolder);
    }

    @Test
    void savedStateComesBack() throws Exception {
        WindowState state = new WindowState(new Rect(120, 80.5, 1200, 760), true,
                Map.of("name", 180.0, "rate", 72.25), Map.of("main", List.of(0.3, 0.75)), "react developer", 20);

        store().save(state);

        assertThat(store().load()).isEqualTo(state);
    }

    @Test
    void missingFileGivesTheEmptyState() {
        assertThat(store().load()).isEqualTo(WindowState.empty());
    }

    @Test
    void garbageValuesAreDroppedAndTheRestKept() throws Exception {
        Files.writeString(dataFolder.resolve(WindowStateStore.FILE_NAME), String.join("\n",
                "window.x=left", "window.y=10", "window.width=800", "window.height=600",
                "column.name.width=wide", "column.rate.width=90", "column.score.width=-5",
                "divider.main=0.4,banana", "divider.detail=1.7", "divider.side=0.25",
                "search.query=java", "search.perPage=9999", "window.maximized=perhaps"), StandardCharsets.UTF_8);

        WindowState state = store().load();

        assertThat(state.bounds()).isNull();
        assertThat(state.columnWidths()).containsExactly(Map.entry("rate", 90.0));
        assertThat(state.dividerPositions()).containsExactly(Map.entry("side", List.of(0.25)));
        assertThat(state.lastQuery()).isEqualTo("java");
        assertThat(state.perPage()).isZero();
        assertThat(state.maximized()).isFalse();
    }

    @Test
    void aMalformedFileGivesTheEmptyState() throws Exception {
        Files.writeString(dataFolder.resolve(WindowStateStore.FILE_NAME), "search.query=\\u12G4\n",
                StandardCharsets.UTF_8);

        assertThat(store().load()).isEqualTo(WindowState.empty());
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind() throws Exception {
        store().save(WindowState.empty().withLastSearch("go", 10));
        store().save(WindowState.empty().withLastSearch("rust", 25));

        try (var files = Files.list(dataFolder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(WindowStateStore.FILE_NAME);
        }
        assertThat(store().load().lastQuery()).isEqualTo("rust");
    }

    @Test
    void textWithLineBreaksAndUnicodeSurvives() throws Exception {
        store().save(WindowState.empty().withLastSearch("développeur\nReact = ✓", 5));

        assertThat(store().load().lastQuery()).isEqualTo("développeur\nReact = ✓");
    }
}
