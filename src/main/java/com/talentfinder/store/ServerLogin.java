package com.talentfinder.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Where the team database is and who logs in: a {@code jdbc:postgresql://host:port/database} address (its
 * own options kept, e.g. {@code sslmode}) and the user and password, kept apart from the address so they are
 * never printed. {@link #toString()} and {@link #describe()} never show the password.
 *
 * @param url      the address without user or password
 * @param user     the user name, or null for the driver's default
 * @param password the password, or null
 */
public record ServerLogin(String url, String user, String password) {

    /** The scheme every team database address starts with. */
    public static final String SCHEME = "jdbc:postgresql:";

    public ServerLogin {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new IllegalArgumentException("A team database address starts with " + SCHEME);
        }
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
    }

    /**
     * Reads {@code jdbc:postgresql://host:port/db?user=..&password=..&sslmode=..}: the user and password leave
     * the address, every other option stays.
     *
     * @throws IllegalArgumentException when it is not a PostgreSQL address (the message never repeats it)
     */
    public static ServerLogin fromUrl(String jdbcUrl) {
        String raw = jdbcUrl == null ? "" : jdbcUrl.strip();
        if (!raw.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new IllegalArgumentException("A team database address starts with " + SCHEME);
        }
        int q = raw.indexOf('?');
        String base = q < 0 ? raw : raw.substring(0, q);
        String user = null;
        String password = null;
        StringJoiner kept = new StringJoiner("&");
        if (q >= 0) {
            for (String pair : raw.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    password = value;
                } else {
                    kept.add(pair);
                }
            }
        }
        return new ServerLogin(kept.length() == 0 ? base : base + "?" + kept, user, password);
    }

    /**
     * "host:port/database" of the address, for diagnostics: no scheme, no options, no user or password (even one
     * written as {@code user:password@host}).
     */
    public String where() {
        String rest = url.length() > SCHEME.length() ? url.substring(SCHEME.length()) : "";
        rest = rest.startsWith("//") ? rest.substring(2) : rest;
        int q = rest.indexOf('?');
        rest = q < 0 ? rest : rest.substring(0, q);
        int at = rest.lastIndexOf('@');
        return at < 0 ? rest : rest.substring(at + 1);
    }

    /** The address and user, for logs and diagnostics: never the password. */
    public String describe() {
        return url + (user == null ? "" : " (user " + user + ")");
    }

    /** {@code jdbcUrl} with any password in it (a {@code password=} option, {@code user:password@}) shown as ***. */
    public static String maskUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***").replaceAll("(//[^/:@]*):[^/@]*@", "$1:***@");
    }

    /** Replaces every occurrence of the password in {@code text} (a driver message) by {@code ***}. */
    String mask(String text) {
        return text == null || password == null ? text : text.replace(password, "***");
    }

    @Override
    public String toString() {
        return describe();
    }
}
