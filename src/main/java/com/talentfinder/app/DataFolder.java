package com.talentfinder.app;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's data lives: {@code TALENT_FINDER_HOME} when set, otherwise the OS's convention
 * (XDG data home on Linux, AppData on Windows, Application Support on macOS).
 */
public final class DataFolder {

    public static final String ENV_HOME = "TALENT_FINDER_HOME";

    private DataFolder() {
    }

    public static Path resolve(Map<String, String> env) {
        String override = env.get(ENV_HOME);
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip()).toAbsolutePath();
        }
        ProjectDirectories dirs = ProjectDirectories.from("com", "Talent Finder", "Talent Finder");
        return Path.of(dirs.dataDir);
    }
}
