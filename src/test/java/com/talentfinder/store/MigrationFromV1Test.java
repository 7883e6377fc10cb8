package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file written by the first schema version (a stored file) opens in the latest version. */
class MigrationFromV1Test {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyStoredV1File() throws Exception {
        file = dir.resolve("talent-finder.db");
        try (InputStream in = getClass().getResourceAsStream("v1-database.db")) {
            Files.copy(in, file);
        }
        assertThat(versionOf(file)).isEqualTo(1);
    }

    @Test
    void keepsTheSearchHistory() {
        Database db = Database.open(file);

        List<String> recent = new SearchHistoryRepository(db, Clock.systemUTC()).recent(10);

        assertThat(recent).containsExactly("Données ingénieur", "Java", "React developer");
    }

    @Test
    void upgradesToTheLatestVersion() throws Exception {
        Database.open(file);

        assertThat(versionOf(file)).isEqualTo(Migrator.latestVersion()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void leavesABackupOfTheOldFileThatStillReadsAsV1() throws Exception {
        Database.open(file);

        try (Stream<Path> files = Files.list(dir)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
            assertThat(backups).hasSize(1);
            assertThat(versionOf(backups.get(0))).isEqualTo(1);
        }
    }

    @Test
    void theUpgradedFileTakesShortlistsAndPassesTheIntegrityCheck() {
        Database db = Database.open(file);
        ShortlistRepository repo = new ShortlistRepository(db, Clock.systemUTC());

        repo.add(repo.create("After upgrade").id(), List.of(TestFreelancers.numbered(1)));

        assertThat(repo.list()).hasSize(1);
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    private static int versionOf(Path f) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
