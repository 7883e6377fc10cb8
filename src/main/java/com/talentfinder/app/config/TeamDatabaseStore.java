package com.talentfinder.app.config;

import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the team database's {@link TeamDatabaseSettings} in the data folder's
 * {@code team-database.properties}, and its password like the API key: in the OS credential store when there
 * is one ({@link KeyVault}), else in {@code team-database-password}, readable by the user only. Never the
 * password in the properties file; writes go to a temporary file first, then into place.
 */
public final class TeamDatabaseStore {

    private static final System.Logger LOG = System.getLogger(TeamDatabaseStore.class.getName());

    private static final String SHARED_KEY = "sharedKey";
    private static final String COMMENT = "Talent Finder team database (the password is kept apart)";

    private final Path file;
    private final Path passwordFile;
    private final KeyVault vault;

    public TeamDatabaseStore(Path dataFolder, KeyVault vault) {
        this.file = dataFolder.resolve("team-database.properties");
        this.passwordFile = dataFolder.resolve("team-database-password");
        this.vault = vault;
    }

    /** The saved choice; {@link TeamDatabaseSettings#none()} when none (or the file cannot be read). */
    public TeamDatabaseSettings load() {
        if (!Files.isRegularFile(file)) {
            return TeamDatabaseSettings.none();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read " + file + "; no team database");
            return TeamDatabaseSettings.none();
        }
        int port;
        try {
            port = Integer.parseInt(p.getProperty("port", "").strip());
        } catch (NumberFormatException e) {
            port = TeamDatabaseSettings.DEFAULT_PORT;
        }
        return new TeamDatabaseSettings(p.getProperty("host"), port, p.getProperty("database"),
                p.getProperty("user"), TlsMode.parse(p.getProperty("sslmode")).orElse(TlsMode.REQUIRE));
    }

    /**
     * Settings' "Our API key is shared by the team" (issue 16): kept in the same file as {@code sharedKey};
     * false when unset or unreadable.
     */
    public boolean sharedKey() {
        return Boolean.parseBoolean(read().getProperty(SHARED_KEY, "false").strip());
    }

    /** Saves "Our API key is shared by the team", keeping the rest of the file. */
    public void saveSharedKey(boolean shared) throws IOException {
        if (shared == sharedKey()) {
            return;
        }
        Files.createDirectories(file.getParent());
        Properties p = read();
        p.setProperty(SHARED_KEY, Boolean.toString(shared));
        PrivateFiles.writeAtomically(file, out -> p.store(out, COMMENT));
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read " + file);
            }
        }
        return p;
    }

    /** The saved password; empty when none or when it cannot be read. */
    public Optional<String> password() {
        if (vault.available()) {
            Optional<String> saved = vault.read();
            if (saved.isPresent()) {
                return saved;
            }
        }
        if (Files.isRegularFile(passwordFile)) {
            try {
                String saved = Files.readString(passwordFile, StandardCharsets.UTF_8);
                return saved.isEmpty() ? Optional.empty() : Optional.of(saved);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the team database password file");
            }
        }
        return Optional.empty();
    }

    /**
     * Saves the choice and the password ({@code null} keeps the saved one, empty removes it). Settings with no
     * host remove the file and the password: no team database.
     */
    public void save(TeamDatabaseSettings settings, String password) throws IOException {
        Files.createDirectories(file.getParent());
        if (!settings.configured()) {
            Files.deleteIfExists(file);
            savePassword("");
            return;
        }
        Properties p = new Properties();
        p.setProperty("host", settings.host());
        p.setProperty("port", Integer.toString(settings.port()));
        if (settings.database() != null) {
            p.setProperty("database", settings.database());
        }
        if (settings.user() != null) {
            p.setProperty("user", settings.user());
        }
        p.setProperty("sslmode", settings.tls().sslmode());
        if (sharedKey()) {
            p.setProperty(SHARED_KEY, "true");
        }
        PrivateFiles.writeAtomically(file, out -> p.store(out, COMMENT));
        if (password != null) {
            savePassword(password);
        }
    }

    private void savePassword(String password) throws IOException {
        if (password.isEmpty()) {
            if (vault.available()) {
                vault.delete();
            }
            Files.deleteIfExists(passwordFile);
        } else if (vault.available() && vault.write(password)) {
            Files.deleteIfExists(passwordFile);
        } else {
            PrivateFiles.writeAtomically(passwordFile, out -> out.write(password.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
