package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.DataFolder;
import com.talentfinder.app.startup.Logging;
import com.talentfinder.domain.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    private static final String KEY = "pbk_live_7Q2xR9mW4tY8uI1oP3aS";

    @TempDir
    Path dataFolder;

    private Diagnostics.Facts facts(Path folder, String apiUrl) {
        return new Diagnostics.Facts("0.1.0", "17.0.15", "Debian", "21.0.11", "Linux 6.1 (amd64)", folder,
                3 * 1024 * 1024, 2, false, apiUrl, Plan.HOBBY);
    }

    private Path logs() throws Exception {
        return Files.createDirectories(Logging.folder(dataFolder));
    }

    @Test
    void textNamesVersionsPathsModeHostAndPlan() {
        String text = Diagnostics.text(facts(dataFolder, "https://api.parse.bot/scraper/abc"), List.of(), List.of());

        assertThat(text).contains("App version: 0.1.0", "Java: 17.0.15 (Debian)", "JavaFX: 21.0.11",
                "OS: Linux 6.1 (amd64)", "Data folder: " + dataFolder, "Database: 3.0 MB, schema version 2",
                "Mode: live", "API host: api.parse.bot", "Plan: Hobby", "(none)");
        assertThat(text).doesNotContain("/scraper/abc");
    }

    @Test
    void theKeyNeverAppearsWhereverItHides() throws Exception {
        Files.writeString(logs().resolve("talent-finder-0.log"), String.join("\n",
                "Nov 28, 2026 11:18:24 PM com.talentfinder.api.ParseBotClient search",
                "WARNING: request failed with key " + KEY + " and X-API-Key: " + KEY), StandardCharsets.UTF_8);
        Path folderNamedAfterKey = dataFolder.resolve(KEY);

        String text = Diagnostics.text(facts(folderNamedAfterKey, "https://" + KEY + "@api.parse.bot/x"),
                Diagnostics.recentProblems(Logging.folder(dataFolder), 20), List.of(KEY));

        assertThat(text).doesNotContain(KEY).doesNotContain("7Q2xR9mW4tY8uI1oP3aS").contains(Diagnostics.HIDDEN);
    }

    @Test
    void secretLookingTextIsHiddenEvenWhenItIsNotTheCurrentKey() {
        String scrubbed = Diagnostics.scrub(String.join("\n",
                "X-API-Key: oldkey123",
                "{\"api_key\":\"another-one\"}",
                "Authorization: Bearer abc.def",
                "token=s3cr3t&page=1",
                "opaque 9f8e7d6c5b4a39281706ab5c4d3e2f1a end"), List.of());

        assertThat(scrubbed).doesNotContain("oldkey123", "another-one", "abc.def", "s3cr3t",
                "9f8e7d6c5b4a39281706ab5c4d3e2f1a");
        assertThat(scrubbed).contains("X-API-Key: [hidden]", "page=1", "opaque [hidden] end");
    }

    @Test
    void ordinaryWordsAndShortIdsSurviveScrubbing() {
        String line = "WARNING: search for react developer failed (HTTP 429), profile ~01dc05c3dd4817bee4";

        assertThat(Diagnostics.scrub(line, List.of())).isEqualTo(line);
    }

    @Test
    void recentProblemsKeepsTheLastTwentyAcrossRotatedFilesOldestFirst() throws Exception {
        List<String> older = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            older.add("Nov 27, 2026 10:00:00 AM src m");
            older.add("WARNING: old " + i);
            newer.add("Nov 28, 2026 10:00:00 AM src m");
            newer.add((i % 2 == 0 ? "SEVERE" : "INFO") + ": new " + i);
        }
        Files.write(logs().resolve("talent-finder-1.log"), older);
        Files.write(logs().resolve("talent-finder-0.log"), newer);

        List<String> problems = Diagnostics.recentProblems(Logging.folder(dataFolder), 20);

        assertThat(problems).hasSize(20);
        assertThat(problems.get(0)).isEqualTo("Nov 27, 2026 10:00:00 AM src m | WARNING: old 3");
        assertThat(problems.get(19)).isEqualTo("Nov 28, 2026 10:00:00 AM src m | SEVERE: new 14");
        assertThat(problems).noneMatch(p -> p.contains("INFO"));
    }

    @Test
    void otherFilesInTheLogFolderAreIgnored() throws Exception {
        Files.writeString(logs().resolve("talent-finder-0.log.lck"), "WARNING: lock");
        Files.writeString(logs().resolve("notes.txt"), "SEVERE: not a log");

        assertThat(Diagnostics.recentProblems(Logging.folder(dataFolder), 20)).isEmpty();
    }

    @Test
    void aMissingLogFolderGivesNoProblems() {
        assertThat(Diagnostics.recentProblems(dataFolder.resolve("nowhere"), 20)).isEmpty();
    }

    @Test
    void collectFromTheRunningAppHidesTheSavedKey() throws Exception {
        Map<String, String> env = Map.of(DataFolder.ENV_HOME, dataFolder.toString(),
                AppServices.ENV_API_URL, "http://127.0.0.1:9/scraper/x");
        try (AppServices services = new AppServices(env, java.time.Clock.systemUTC())) {
            services.updateSettings(services.settings().withApiKey(com.talentfinder.api.ApiKey.ofNullable(KEY)));
            Files.writeString(logs().resolve("talent-finder-0.log"), "SEVERE: leaked " + KEY + "\n");

            String text = Diagnostics.collect(services, "21.0.11");

            assertThat(text).doesNotContain(KEY).contains("Mode: live", "API host: 127.0.0.1",
                    "schema version", "SEVERE: leaked [hidden]");
        }
    }
}
