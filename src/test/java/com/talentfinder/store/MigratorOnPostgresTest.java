package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.testing.TeamDatabaseServer;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same migrations on the team database (PostgreSQL): fresh, again, two apps at once, failures worded. */
class MigratorOnPostgresTest {

    private static int version(ServerLogin login) throws SQLException {
        try (Connection c = TeamDatabaseServer.connect(login); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            int v = rs.getInt(1);
            assertThat(rs.next()).as("one row").isFalse();
            return v;
        }
    }

    private static List<String> tables(ServerLogin login) throws SQLException {
        try (Connection c = TeamDatabaseServer.connect(login); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() ORDER BY table_name")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void aFreshDatabaseGetsEveryMigrationWithRealColumns() throws SQLException {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();

        Database db = Database.openServer(login);
        db.close();

        assertThat(db.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(version(login)).isEqualTo(Migrator.MIGRATIONS.size());
        assertThat(tables(login)).contains("schema_version", "shortlist", "shortlist_entry", "entry_tag");
        try (Connection c = TeamDatabaseServer.connect(login); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_schema ="
                     + " current_schema() AND table_name = 'shortlist_entry' AND column_name IN ('saved_at',"
                     + " 'hourly_rate', 'portrait') ORDER BY column_name")) {
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            // hourly_rate, portrait, saved_at: epoch milliseconds need 64 bits, rates a double
            assertThat(types).containsExactly("double precision", "bytea", "bigint");
        }
    }

    @Test
    void openingAgainChangesNothing() throws SQLException {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        Database first = Database.openServer(login);
        new ShortlistRepository(first, Clock.systemUTC()).create("Kept");
        first.close();

        Database again = Database.openServer(login);

        assertThat(version(login)).isEqualTo(Migrator.MIGRATIONS.size());
        assertThat(new ShortlistRepository(again, Clock.systemUTC()).list()).extracting("name").containsExactly("Kept");
        again.close();
    }

    @Test
    void twoAppsStartingAtOnceMigrateOnce() throws Exception {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        int apps = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(apps);
        try {
            List<Future<Database>> opened = new ArrayList<>();
            for (int i = 0; i < apps; i++) {
                opened.add(pool.submit(() -> {
                    go.await();
                    return Database.openServer(login);
                }));
            }
            go.countDown();
            for (Future<Database> f : opened) {
                f.get(120, TimeUnit.SECONDS).close();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(version(login)).isEqualTo(Migrator.MIGRATIONS.size());
    }

    @Test
    void aDatabaseSetUpByANewerVersionIsRefusedInPlainWords() throws SQLException {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        Database.openServer(login).close();
        try (Connection c = TeamDatabaseServer.connect(login); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE schema_version SET version = version + 1");
        }

        assertThatThrownBy(() -> Database.openServer(login))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The team database was set up by a newer version of Talent Finder.")
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.NEWER_VERSION);
    }

    @Test
    void aServerNobodyAnswersIsUnreachableAndThePasswordIsNeverShown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerLogin login = ServerLogin.fromUrl("jdbc:postgresql://127.0.0.1:" + port
                + "/team?user=dana&password=Very-Secret-42&sslmode=disable");

        assertThatThrownBy(() -> Database.openServer(login))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem())
                        .isEqualTo(StoreException.Problem.SERVER_UNREACHABLE))
                .satisfies(e -> assertThat(chain(e)).doesNotContain("Very-Secret-42"));
        assertThat(login.toString()).doesNotContain("Very-Secret-42").contains("dana");
    }

    @Test
    void aMissingDatabaseIsRefusedAndThePasswordIsNeverShown() {
        ServerLogin admin = TeamDatabaseServer.shared().freshDatabase();
        String url = admin.url().replaceFirst("/[^/?]+\\?", "/no_such_database_here?");
        ServerLogin login = new ServerLogin(url, admin.user(), "Very-Secret-42");

        assertThatThrownBy(() -> Database.openServer(login))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem())
                        .isEqualTo(StoreException.Problem.SERVER_REFUSED))
                .satisfies(e -> assertThat(chain(e)).doesNotContain("Very-Secret-42"));
    }

    @Test
    void portableMigrationsAreTranslatedForPostgres() {
        assertThat(Migrator.translate("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL,"
                + " r REAL, b BLOB, n TEXT COLLATE NOCASE)"))
                .isEqualTo("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at BIGINT NOT NULL,"
                        + " r DOUBLE PRECISION, b BYTEA, n TEXT COLLATE \"C\")");
    }

    @Test
    void passwordsLeaveTheAddressAndAreMaskedInUrls() {
        ServerLogin login = ServerLogin.fromUrl("jdbc:postgresql://db.example:5432/team?user=dana&password=p%26w&ssl"
                + "mode=require");

        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.example:5432/team?sslmode=require");
        assertThat(login.user()).isEqualTo("dana");
        assertThat(login.password()).isEqualTo("p&w");
        assertThat(ServerLogin.maskUrl("jdbc:postgresql://h/db?user=dana&password=secret&sslmode=require"))
                .isEqualTo("jdbc:postgresql://h/db?user=dana&password=***&sslmode=require");
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }
}
