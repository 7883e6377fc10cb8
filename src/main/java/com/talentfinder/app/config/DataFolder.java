package com.talentfinder.app.config;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: {@code TALENT_FINDER_HOME} when set, otherwise the OS's convention (XDG data home
 * on Linux, Application Support on macOS, and on Windows the Local AppData folder, not Roaming: roaming profiles
 * are often redirected to network shares, where SQLite's WAL is unsafe). Data an earlier version kept in Roaming
 * is moved to Local once.
 */
public final class DataFolder {

    public static final String ENV_HOME = "TALENT_FINDER_HOME";

    private static final System.Logger LOG = System.getLogger(DataFolder.class.getName());

    private DataFolder() {
    }

    /** True when the folder is the OS's default one (no {@code TALENT_FINDER_HOME}): the app owns all of it. */
    public static boolean isDefault(Map<String, String> env) {
        String override = env.get(ENV_HOME);
        return override == null || override.isBlank();
    }

    public static Path resolve(Map<String, String> env) {
        String override = env.get(ENV_HOME);
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip()).toAbsolutePath();
        }
        ProjectDirectories dirs = ProjectDirectories.from("com", "Talent Finder", "Talent Finder");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return moveOnce(Path.of(dirs.dataDir), Path.of(dirs.dataLocalDir));
        }
        return Path.of(dirs.dataDir);
    }

    /**
     * {@code local}, after moving {@code roaming} there when only the roaming one exists. Never fails: when the
     * move cannot be done, the roaming folder is used as before (nothing is lost either way).
     */
    static Path moveOnce(Path roaming, Path local) {
        if (roaming.equals(local) || Files.exists(local) || !Files.isDirectory(roaming)) {
            return local;
        }
        try {
            Files.createDirectories(local.getParent());
            Files.move(roaming, local);
            LOG.log(System.Logger.Level.INFO, "Moved the data folder from Roaming to Local AppData");
            return local;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not move the data folder to Local AppData; using Roaming");
            return roaming;
        }
    }

    /**
     * Resolves the data folder and makes it private: readable by the user only (the database, its WAL,
     * backups, logs and the portrait cache). A folder that cannot be created is left to start-up's check.
     */
    public static java.nio.file.Path createPrivate(java.util.Map<String, String> env) {
        java.nio.file.Path folder = resolve(env);
        boolean created = !java.nio.file.Files.exists(folder);
        if (created) {
            try {
                java.nio.file.Files.createDirectories(folder);
            } catch (java.io.IOException | RuntimeException e) {
                created = false;
            }
        }
        PrivateFiles.secureFolder(folder, created || isDefault(env));
        return folder;
    }
}
