package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved searches on a temporary SQLite file: names, runs, who was first seen when, and deleting. */
class SavedSearchRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-12-02T09:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private SavedSearchRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("s.db"));
        repo = new SavedSearchRepository(db);
    }

    private static SavedSearchRepository.Met met(String id, int position, boolean matches) {
        return new SavedSearchRepository.Met(id, position, matches, "{\"id\":\"" + id + "\"}");
    }

    @Test
    void theSchemaIsAtTheLatestVersion() {
        int version = db.read("v", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(version).isEqualTo(Migrator.MIGRATIONS.size());
    }

    @Test
    void savesAndReadsBackASearch() {
        SavedSearchRepository.Row row = repo.create("  Weekly React ", "react developer", 20, "{\"skill\":\"x\"}", 3,
                true, MONDAY);
        assertThat(row.name()).isEqualTo("Weekly React");
        SavedSearchRepository.Row read = repo.find("weekly react").orElseThrow();
        assertThat(read).isEqualTo(row);
        assertThat(read.lastRunAt()).isNull();
        assertThat(repo.list()).extracting(SavedSearchRepository.Row::name).containsExactly("Weekly React");
    }

    @Test
    void aNameIsUniqueWhateverItsCase() {
        repo.create("Weekly", "react", 10, "{}", 1, true, MONDAY);
        assertThatThrownBy(() -> repo.create("WEEKLY ", "vue", 10, "{}", 1, true, MONDAY))
                .isInstanceOf(SavedSearchRepository.NameTakenException.class);
        assertThatThrownBy(() -> repo.create("  ", "vue", 10, "{}", 1, true, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        SavedSearchRepository.Row other = repo.create("Other", "vue", 10, "{}", 1, false, MONDAY);
        assertThat(other.id()).isNotEqualTo(repo.find("weekly").orElseThrow().id());
    }

    @Test
    void aFreelancerIsNewOnlyInTheRunThatFirstSawThem() {
        long id = repo.create("Weekly", "react", 10, "{}", 2, true, MONDAY).id();
        SavedSearchRepository.Run first = repo.recordRun(id, MONDAY, 1, 1, "ALL_PAGES",
                List.of(met("a", 0, true), met("b", 1, true), met("c", 2, false)));
        assertThat(first.runNo()).isEqualTo(1);
        assertThat(first.newCount()).isEqualTo(2); // c does not pass the filters
        assertThat(repo.seenIds(id)).containsExactlyInAnyOrder("a", "b", "c");

        SavedSearchRepository.Run second = repo.recordRun(id, WEDNESDAY, 1, 1, "NOTHING_NEW",
                List.of(met("d", 0, true), met("a", 1, true), met("c", 2, true), met("e", 3, true)));
        assertThat(second.runNo()).isEqualTo(2);
        assertThat(second.newCount()).isEqualTo(2);
        assertThat(second.seenBefore()).isEqualTo(2);
        assertThat(repo.latestResults(id)).extracting(SavedSearchRepository.Result::freelancerId,
                SavedSearchRepository.Result::isNew).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d", true), org.assertj.core.groups.Tuple.tuple("a", false),
                org.assertj.core.groups.Tuple.tuple("c", false), org.assertj.core.groups.Tuple.tuple("e", true));
        assertThat(repo.runs(id)).extracting(SavedSearchRepository.Run::runNo).containsExactly(2, 1);
        assertThat(repo.runs(id).get(1).ranAt()).isEqualTo(MONDAY);
        assertThat(repo.find("Weekly").orElseThrow().lastRunAt()).isEqualTo(WEDNESDAY);
    }

    @Test
    void deletingTakesTheRunsAndTheSeenSetWithIt() {
        long id = repo.create("Weekly", "react", 10, "{}", 1, true, MONDAY).id();
        repo.recordRun(id, MONDAY, 1, 1, "ALL_PAGES", List.of(met("a", 0, true)));
        assertThat(repo.delete("weekly")).isTrue();
        assertThat(repo.delete("weekly")).isFalse();
        assertThat(repo.find("Weekly")).isEmpty();
        assertThat(repo.runs(id)).isEmpty();
        assertThat(repo.seenIds(id)).isEmpty();
        long again = repo.create("Weekly", "react", 10, "{}", 1, true, WEDNESDAY).id();
        assertThat(repo.seenIds(again)).isEmpty();
    }

    @Test
    void optionsAreKeptAndReplaced() {
        assertThat(repo.option("check_at_start")).isEmpty();
        repo.setOption("check_at_start", "true");
        repo.setOption("check_at_start", "false");
        assertThat(repo.option("check_at_start")).contains("false");
    }
}
