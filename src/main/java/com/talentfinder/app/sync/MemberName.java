package com.talentfinder.app.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * "Your name": how this person appears to the team ("Status changed by Dana"). Kept in the data folder
 * ({@value #FILE}); {@code TALENT_FINDER_MEMBER} wins; by default the operating system's user name.
 */
public final class MemberName {

    public static final String FILE = "member-name.txt";
    public static final String ENV = "TALENT_FINDER_MEMBER";
    public static final int MAX_LENGTH = 60;

    private MemberName() {
    }

    /** The name in force for the data folder {@code folder}. */
    public static String current(Path folder) {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return clean(env);
        }
        try {
            Path file = folder.resolve(FILE);
            if (Files.isRegularFile(file)) {
                String saved = clean(Files.readString(file, StandardCharsets.UTF_8));
                if (!saved.isEmpty()) {
                    return saved;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file: the default name
        }
        return clean(System.getProperty("user.name", "?"));
    }

    /** Saves a name chosen in Settings; blank goes back to the default. */
    public static void save(Path folder, String name) throws IOException {
        Files.writeString(folder.resolve(FILE), clean(name), StandardCharsets.UTF_8);
    }

    /** One line, no control characters, at most {@value #MAX_LENGTH} characters. */
    public static String clean(String raw) {
        String n = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
        return n.length() > MAX_LENGTH ? n.substring(0, MAX_LENGTH).strip() : n;
    }
}
