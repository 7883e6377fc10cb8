package com.talentfinder.app.config;

import com.talentfinder.store.ServerLogin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The team database chosen in Settings ("Team database", issue 16): a PostgreSQL server the team's shortlists
 * live on. No host means none: shortlists stay in the personal file. The password is not part of it: it is
 * kept like the API key ({@link TeamDatabaseStore}). {@code TALENT_FINDER_DB_URL} wins over all of it
 * ({@link EffectiveSettings#teamLogin}).
 *
 * @param host     the server's host name or address, or null for no team database
 * @param port     the server's port (5432 by default)
 * @param database the database's name
 * @param user     the user name
 * @param tls      how the connection is encrypted
 */
public record TeamDatabaseSettings(String host, int port, String database, String user, TlsMode tls) {

    public static final int DEFAULT_PORT = 5432;

    /** PostgreSQL's {@code sslmode}, as the Settings screen offers it. */
    public enum TlsMode {
        /** No encryption (a server on this machine or a trusted network only). */
        DISABLE("disable"),
        /** Encrypted when the server offers it. */
        PREFER("prefer"),
        /** Always encrypted (the server's certificate is not checked). */
        REQUIRE("require"),
        /** Always encrypted, and the certificate must be for this host. */
        VERIFY_FULL("verify-full");

        private final String sslmode;

        TlsMode(String sslmode) {
            this.sslmode = sslmode;
        }

        /** The value of the driver's {@code sslmode} option. */
        public String sslmode() {
            return sslmode;
        }

        /** The mode for a {@code sslmode} value or enum name; empty when unknown. */
        public static Optional<TlsMode> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (TlsMode m : values()) {
                if (m.sslmode.equals(t)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** What is wrong with the fields, for the Settings screen to word. */
    public enum Problem { BAD_HOST, BAD_PORT, NO_DATABASE, BAD_DATABASE, BAD_USER }

    public TeamDatabaseSettings {
        host = blankToNull(host);
        database = blankToNull(database);
        user = blankToNull(user);
        port = port == 0 ? DEFAULT_PORT : port;
        tls = tls == null ? TlsMode.REQUIRE : tls;
    }

    /** No team database: shortlists stay in the personal file. */
    public static TeamDatabaseSettings none() {
        return new TeamDatabaseSettings(null, DEFAULT_PORT, null, null, TlsMode.REQUIRE);
    }

    /** True when a server is named (the fields may still have a {@link #problem()}). */
    public boolean configured() {
        return host != null;
    }

    /** The first thing wrong with a configured team database, or empty when it can be used. */
    public Optional<Problem> problem() {
        if (!configured()) {
            return Optional.empty();
        }
        if (!host.matches("[A-Za-z0-9._:\\-\\[\\]]{1,253}")) {
            return Optional.of(Problem.BAD_HOST);
        }
        if (port < 1 || port > 65_535) {
            return Optional.of(Problem.BAD_PORT);
        }
        if (database == null) {
            return Optional.of(Problem.NO_DATABASE);
        }
        if (database.length() > 63 || database.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Problem.BAD_DATABASE);
        }
        if (user != null && (user.length() > 63 || user.chars().anyMatch(Character::isISOControl))) {
            return Optional.of(Problem.BAD_USER);
        }
        return Optional.empty();
    }

    /** The address and login for {@code password} (null: none); empty when not configured or not usable. */
    public Optional<ServerLogin> login(String password) {
        if (!configured() || problem().isPresent()) {
            return Optional.empty();
        }
        String url = ServerLogin.SCHEME + "//" + host + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")
                + "?sslmode=" + tls.sslmode();
        return Optional.of(new ServerLogin(url, user, password));
    }

    public TeamDatabaseSettings withHost(String h) {
        return new TeamDatabaseSettings(h, port, database, user, tls);
    }

    public TeamDatabaseSettings withPort(int p) {
        return new TeamDatabaseSettings(host, p, database, user, tls);
    }

    public TeamDatabaseSettings withDatabase(String d) {
        return new TeamDatabaseSettings(host, port, d, user, tls);
    }

    public TeamDatabaseSettings withUser(String u) {
        return new TeamDatabaseSettings(host, port, database, u, tls);
    }

    public TeamDatabaseSettings withTls(TlsMode t) {
        return new TeamDatabaseSettings(host, port, database, user, t);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
