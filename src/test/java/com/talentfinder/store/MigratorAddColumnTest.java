package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite has no ADD COLUMN IF NOT EXISTS: the migrator skips a column that is already there, and only that. */
class MigratorAddColumnTest {

    @TempDir
    Path dir;

    @Test
    void anAddColumnWhoseColumnExistsIsSkippedAndOthersRun() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE shortlist_entry (id INTEGER PRIMARY KEY, version BIGINT)");

            assertThat(Migrator.addsAColumnThatExists(c,
                    "ALTER TABLE shortlist_entry ADD COLUMN version BIGINT NOT NULL DEFAULT 0")).isTrue();
            assertThat(Migrator.addsAColumnThatExists(c,
                    "\nalter table SHORTLIST_ENTRY add column VERSION bigint")).isTrue();
            assertThat(Migrator.addsAColumnThatExists(c,
                    "ALTER TABLE shortlist_entry ADD COLUMN changed_by TEXT")).isFalse();
            assertThat(Migrator.addsAColumnThatExists(c, "CREATE TABLE x (version BIGINT)")).isFalse();
        }
    }

    @Test
    void aFileWhoseVersionWasSetBackUpgradesAgainWithoutLosingAnything() throws Exception {
        Path file = dir.resolve("talent-finder.db");
        Database db = Database.open(file);
        long list = new ShortlistRepository(db, java.time.Clock.systemUTC()).create("Kept").id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 6");
        }

        Database again = Database.open(file);

        assertThat(new ShortlistRepository(again, java.time.Clock.systemUTC()).list())
                .anySatisfy(l -> assertThat(l.id()).isEqualTo(list));
        assertThat(again.integrityCheck()).isEqualTo("ok");
    }
}
