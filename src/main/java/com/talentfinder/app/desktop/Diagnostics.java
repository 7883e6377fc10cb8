package com.talentfinder.app.desktop;

import com.talentfinder.api.ApiKey;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.startup.Logging;
import com.talentfinder.domain.Plan;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text behind Help › "Copy diagnostics": versions, paths, mode and the latest warnings from the log, for
 * a support request. It never holds the API key: every occurrence of the keys in use is replaced, and so is
 * anything that merely looks like a secret ({@code X-API-Key: …}, {@code token=…}, long opaque tokens).
 */
public final class Diagnostics {

    /** How many WARNING/SEVERE lines from the log the text ends with. */
    public static final int RECENT_PROBLEMS = 20;

    static final String HIDDEN = "[hidden]";

    private static final Pattern LOG_FILE = Pattern.compile("talent-finder-(\\d+)\\.log");
    private static final Pattern PROBLEM = Pattern.compile("\\b(SEVERE|WARNING)\\b");
    private static final Pattern LEVEL_FIRST = Pattern.compile("^(SEVERE|WARNING): ");
    private static final Pattern LABELLED_SECRET = Pattern.compile(
            "(?i)\\b(x-api-key|api[_-]?key|apikey|authorization|access[_-]?token|token|secret|password)\\b"
                    + "([\"']?\\s*[:=]\\s*[\"']?(?:bearer\\s+)?)[^\\s\"',;&}]+");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)(\\s+)[^\\s\"',;&}]+");
    private static final Pattern OPAQUE_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])");
    private static final int MAX_LINE = 400;

    /**
     * What the text reports.
     *
     * @param databaseBytes the database's size with its WAL file, or -1 when unknown
     * @param schemaVersion the database's {@code user_version}, or -1 when unknown
     * @param apiUrl        the API URL in force (only its host is shown)
     */
    public record Facts(String appVersion, String javaVersion, String javaVendor, String javaFxVersion, String os,
                        Path dataFolder, long databaseBytes, int schemaVersion, boolean demo, String apiUrl,
                        Plan plan) {
    }

    private Diagnostics() {
    }

    /**
     * Gathers the facts from the running app and builds the text.
     *
     * @param javaFxVersion {@code System.getProperty("javafx.runtime.version")}, read by the UI
     */
    public static String collect(AppServices services, String javaFxVersion) {
        Path dataFolder = services.dataFolder();
        AppServices.Mode mode = services.mode();
        Facts facts = new Facts(appVersion(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                javaFxVersion, System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                dataFolder, databaseBytes(services), schemaVersion(services), mode.demo(),
                mode.endpoint().baseUrl().toString(), services.plan());
        List<String> secrets = new ArrayList<>();
        addSecret(secrets, mode.endpoint().key());
        addSecret(secrets, services.settings().apiKey());
        return text(facts, TeamDiagnostics.line(services.team()), recentProblems(Logging.folder(dataFolder),
                RECENT_PROBLEMS), secrets);
    }

    /** The diagnostics text for {@code facts}, with every secret and secret-looking token replaced. */
    public static String text(Facts facts, List<String> recentProblems, Collection<String> secrets) {
        return text(facts, "Team database: unknown", recentProblems, secrets);
    }

    /** As {@link #text(Facts, List, Collection)}, with the team line ({@link TeamDiagnostics#line}). */
    public static String text(Facts facts, String teamLine, List<String> recentProblems, Collection<String> secrets) {
        StringBuilder sb = new StringBuilder();
        sb.append("Talent Finder diagnostics\n");
        sb.append("App version: ").append(orUnknown(facts.appVersion())).append('\n');
        sb.append("Java: ").append(orUnknown(facts.javaVersion())).append(" (").append(orUnknown(facts.javaVendor()))
                .append(")\n");
        sb.append("JavaFX: ").append(orUnknown(facts.javaFxVersion())).append('\n');
        sb.append("OS: ").append(orUnknown(facts.os())).append('\n');
        sb.append("Data folder: ").append(facts.dataFolder()).append('\n');
        sb.append("Database: ").append(facts.databaseBytes() < 0 ? "unknown size" : size(facts.databaseBytes()))
                .append(", schema version ")
                .append(facts.schemaVersion() < 0 ? "unknown" : Integer.toString(facts.schemaVersion())).append('\n');
        sb.append(scrub(teamLine, secrets)).append('\n');
        sb.append("Mode: ").append(facts.demo() ? "demo (built-in sample data)" : "live").append('\n');
        sb.append("API host: ").append(scrub(host(facts.apiUrl()), secrets)).append('\n');
        sb.append("Plan: ").append(facts.plan() == null ? "unknown" : facts.plan().label()).append('\n');
        sb.append("Recent warnings and errors (newest last):\n");
        if (recentProblems.isEmpty()) {
            sb.append("  (none)\n");
        }
        recentProblems.forEach(line -> sb.append("  ").append(scrub(line, secrets)).append('\n'));
        // Our own lines (paths, versions) only lose the keys themselves; log text also loses look-alikes.
        return hideSecrets(sb.toString(), secrets);
    }

    /** Replaces each secret, then anything that looks like one, with {@value #HIDDEN}. */
    public static String scrub(String text, Collection<String> secrets) {
        String result = hideSecrets(text, secrets);
        result = LABELLED_SECRET.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + HIDDEN));
        result = BEARER.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + HIDDEN));
        return OPAQUE_TOKEN.matcher(result).replaceAll(HIDDEN);
    }

    private static String hideSecrets(String text, Collection<String> secrets) {
        String result = text;
        List<String> longestFirst = secrets.stream().filter(Objects::nonNull).filter(s -> !s.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            result = result.replace(secret, HIDDEN);
        }
        return result;
    }

    /**
     * The last {@code max} WARNING or SEVERE entries of the rotating log files {@code talent-finder-N.log}
     * (N = 0 is the newest), oldest first. With the default two-line log format the entry is prefixed with
     * its time and source line.
     */
    public static List<String> recentProblems(Path logFolder, int max) {
        List<Path> files;
        try (Stream<Path> list = Files.list(logFolder)) {
            files = list.filter(p -> LOG_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(Diagnostics::generation).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String previous = null;
            for (String line : read(file)) {
                if (PROBLEM.matcher(line).find()) {
                    boolean levelFirst = LEVEL_FIRST.matcher(line).find();
                    String entry = levelFirst && previous != null && !PROBLEM.matcher(previous).find()
                            ? previous.strip() + " | " + line.strip() : line.strip();
                    problems.add(entry.length() > MAX_LINE ? entry.substring(0, MAX_LINE) + "…" : entry);
                }
                previous = line;
            }
        }
        return List.copyOf(problems.subList(Math.max(0, problems.size() - max), problems.size()));
    }

    /** The version in the jar's manifest, or "development build" when run from classes. */
    public static String appVersion() {
        String v = Diagnostics.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }

    private static List<String> read(Path file) {
        try {
            // Decoding replaces malformed bytes instead of failing on a half-written line.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int generation(Path file) {
        Matcher m = LOG_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static long databaseBytes(AppServices services) {
        try {
            Path db = services.database().file();
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            return Files.size(db) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static int schemaVersion(AppServices services) {
        try {
            return services.database().read("read the data file's version", c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void addSecret(List<String> secrets, ApiKey key) {
        if (key != null && !key.isDemo()) {
            secrets.add(key.reveal());
        }
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return "unknown";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "unknown (not a valid URL)";
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
