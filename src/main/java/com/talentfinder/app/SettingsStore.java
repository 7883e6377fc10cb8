package com.talentfinder.app;

import com.talentfinder.api.ApiKey;
import com.talentfinder.domain.Plan;
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
import java.time.Duration;
import java.util.Properties;
import java.util.Set;

/**
 * Keeps {@link Settings} in the data folder: {@code settings.properties} for the plain choices and
 * {@code api-key} for the key, readable by the user only. Writes go to a temporary file first and are then
 * moved into place, so a crash never leaves half a settings file.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path settingsFile;
    private final Path keyFile;

    public SettingsStore(Path dataFolder) {
        this.settingsFile = dataFolder.resolve("settings.properties");
        this.keyFile = dataFolder.resolve("api-key");
    }

    public Settings load() {
        Properties p = new Properties();
        if (Files.isRegularFile(settingsFile)) {
            try (InputStream in = Files.newInputStream(settingsFile)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read " + settingsFile + "; using defaults");
            }
        }
        ApiKey key = null;
        if (Files.isRegularFile(keyFile)) {
            try {
                key = ApiKey.ofNullable(Files.readString(keyFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the saved API key file");
            }
        }
        Duration ttl = null;
        try {
            String hours = p.getProperty("cache.ttl.hours");
            if (hours != null) {
                ttl = Duration.ofHours(Long.parseLong(hours.strip()));
            }
        } catch (NumberFormatException e) {
            ttl = null;
        }
        return new Settings(key, p.getProperty("api.url"), Plan.parse(p.getProperty("plan")),
                p.getProperty("theme"), ttl);
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
        Path tmp = Files.createTempFile(settingsFile.getParent(), "settings", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Talent Finder settings");
        }
        moveIntoPlace(tmp, settingsFile);

        if (settings.apiKey() == null) {
            Files.deleteIfExists(keyFile);
        } else {
            Path keyTmp = Files.createTempFile(keyFile.getParent(), "api-key", ".tmp");
            restrictToOwner(keyTmp);
            Files.writeString(keyTmp, settings.apiKey().reveal(), StandardCharsets.UTF_8);
            moveIntoPlace(keyTmp, keyFile);
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
