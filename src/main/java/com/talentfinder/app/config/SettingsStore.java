package com.talentfinder.app.config;

import com.talentfinder.api.ApiKey;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.WorkingHours;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Keeps {@link Settings} in the data folder: {@code settings.properties} for the plain choices; the key in the
 * OS credential store when there is one ({@link KeyVault}), else in {@code api-key}, readable by the user only
 * (a key file found beside a working store is moved into it). Writes go to a temporary file first and are then
 * moved into place, so a crash never leaves half a settings file.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path settingsFile;
    private final Path keyFile;
    private volatile List<String> problems = List.of();

    private final KeyVault vault;

    /** Keeps the key in the data folder's private file. */
    public SettingsStore(Path dataFolder) {
        this(dataFolder, KeyVault.none());
    }

    /** Keeps the key in {@code vault} when it is available, else in the private file. */
    public SettingsStore(Path dataFolder, KeyVault vault) {
        this.settingsFile = dataFolder.resolve("settings.properties");
        this.keyFile = dataFolder.resolve("api-key");
        this.vault = vault;
    }

    /** The longest cache time to live a settings file may hold (30 days, as in the Settings screen). */
    public static final long MAX_TTL_HOURS = 720;

    /**
     * Reads the settings. Never fails: an unreadable file, or a value out of range, falls back to the default
     * and is described in {@link #problems()} so the window can say so.
     */
    public Settings load() {
        List<String> found = new ArrayList<>();
        Properties p = new Properties();
        if (Files.exists(settingsFile)) {
            try (InputStream in = Files.newInputStream(settingsFile)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read " + settingsFile + "; using defaults");
                found.add("The settings file could not be read, so the default settings are used.");
            }
        }
        ApiKey key = vault.available() ? ApiKey.ofNullable(vault.read().orElse(null)) : null;
        if (key == null && Files.isRegularFile(keyFile)) {
            try {
                key = ApiKey.ofNullable(Files.readString(keyFile, StandardCharsets.UTF_8));
                moveKeyIntoVault(key);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the saved API key file");
                found.add("The saved API key could not be read. Enter it again in Settings.");
            }
        }
        Duration ttl = null;
        String hours = p.getProperty("cache.ttl.hours");
        if (hours != null) {
            try {
                long h = Long.parseLong(hours.strip());
                if (h >= 0 && h <= MAX_TTL_HOURS) {
                    ttl = Duration.ofHours(h);
                }
            } catch (NumberFormatException e) {
                ttl = null;
            }
            if (ttl == null) {
                found.add("The cache time in the settings file was not a number of hours from 0 to " + MAX_TTL_HOURS
                        + ", so the default (" + Settings.DEFAULT_CACHE_TTL.toHours() + " hours) is used.");
            }
        }
        String planName = p.getProperty("plan");
        Plan plan = Plan.parse(planName);
        if (planName != null && plan == null) {
            found.add("The plan in the settings file was not recognised, so the Free plan is used.");
        }
        WorkingHours workDay = workingHours(p, found);
        problems = List.copyOf(found);
        return new Settings(key, p.getProperty("api.url"), plan, p.getProperty("theme"), ttl, workDay);
    }

    /**
     * The working day from {@code work.start}, {@code work.end} ("09:00") and {@code work.zone} (a zone id; absent =
     * the computer's zone). A value that cannot be read, or a day that does not start before it ends, falls back to
     * the default with a notice.
     */
    private static WorkingHours workingHours(Properties p, List<String> found) {
        ZoneId zone = ZoneId.systemDefault();
        String zoneText = p.getProperty("work.zone");
        if (zoneText != null && !zoneText.isBlank()) {
            try {
                zone = ZoneId.of(zoneText.strip());
            } catch (DateTimeException e) {
                found.add("The time zone of your working hours in the settings file was not recognised, so the"
                        + " computer's time zone (" + zone.getId() + ") is used.");
            }
        }
        String start = p.getProperty("work.start");
        String end = p.getProperty("work.end");
        if (start == null && end == null) {
            return WorkingHours.defaults(zone);
        }
        try {
            return new WorkingHours(start == null ? WorkingHours.DEFAULT_START : LocalTime.parse(start.strip()),
                    end == null ? WorkingHours.DEFAULT_END : LocalTime.parse(end.strip()), zone);
        } catch (DateTimeException | IllegalArgumentException e) {
            found.add("The working hours in the settings file were not two times like 09:00 and 17:00 with the"
                    + " start first, so the default (9:00 to 17:00) is used.");
            return WorkingHours.defaults(zone);
        }
    }

    /** What the last {@link #load()} could not use, in plain sentences; empty when all was well. */
    public List<String> problems() {
        return problems;
    }

    /** The settings file itself (the window offers to open its folder). */
    public Path file() {
        return settingsFile;
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(settingsFile.getParent());
        Properties p = new Properties();
        if (settings.apiUrl() != null) {
            p.setProperty("api.url", settings.apiUrl());
        }
        p.setProperty("plan", settings.plan().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("theme", settings.theme());
        p.setProperty("cache.ttl.hours", Long.toString(settings.cacheTtl().toHours()));
        WorkingHours hours = settings.workingHours();
        p.setProperty("work.start", hours.start().toString());
        p.setProperty("work.end", hours.end().toString());
        if (!hours.zone().equals(ZoneId.systemDefault())) {
            p.setProperty("work.zone", hours.zone().getId());
        }
        Path tmp = Files.createTempFile(settingsFile.getParent(), "settings", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Talent Finder settings");
        }
        moveIntoPlace(tmp, settingsFile);

        if (settings.apiKey() == null) {
            if (vault.available()) {
                vault.delete();
            }
            Files.deleteIfExists(keyFile);
        } else if (vault.available() && vault.write(settings.apiKey().reveal())) {
            Files.deleteIfExists(keyFile); // the OS store holds it now
        } else {
            Path keyTmp = Files.createTempFile(keyFile.getParent(), "api-key", ".tmp");
            restrictToOwner(keyTmp);
            Files.writeString(keyTmp, settings.apiKey().reveal(), StandardCharsets.UTF_8);
            moveIntoPlace(keyTmp, keyFile);
        }
    }

    /** A key file from before the OS store was used: into the store, then the file goes (once read back). */
    private void moveKeyIntoVault(ApiKey key) {
        if (key == null || !vault.available()) {
            return;
        }
        if (vault.write(key.reveal()) && vault.read().map(key.reveal()::equals).orElse(false)) {
            try {
                Files.deleteIfExists(keyFile);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not delete the old key file");
            }
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Files.setPosixFilePermissions(file, ownerOnly);
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the per-user AppData folder's permissions.
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
