package com.talentfinder.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the demo data tables shipped beside these classes: UTF-8, one record a line, '#' comments. */
final class DemoResources {

    private DemoResources() {
    }

    /** The non-blank, non-comment lines of a resource in this package, stripped. */
    static List<String> lines(String name) {
        InputStream in = DemoResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing demo data resource " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
