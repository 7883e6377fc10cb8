package com.talentfinder.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The libraries bundled with the app and their licenses, for the About dialog. The list lives in the
 * resource {@code licenses.txt} beside this class, one library a line.
 */
public final class Licenses {

    static final String RESOURCE = "/com/talentfinder/app/licenses.txt";

    /**
     * One bundled library.
     *
     * @param coordinates Maven {@code groupId:artifactId}, or null for parts that are not a Maven artifact
     */
    public record Library(String name, String coordinates, String version, String license, String url) {
    }

    private Licenses() {
    }

    /** Every bundled library, in the order the About dialog shows them. */
    public static List<Library> all() {
        try (InputStream in = Licenses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of licenses is missing from the app.");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of licenses.", e);
        }
    }

    static List<Library> parse(List<String> lines) {
        List<Library> libraries = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s*\\|\\s*", -1);
            if (f.length != 5) {
                throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + trimmed);
            }
            libraries.add(new Library(f[0], "-".equals(f[1]) ? null : f[1], f[2], f[3], f[4]));
        }
        return List.copyOf(libraries);
    }
}
