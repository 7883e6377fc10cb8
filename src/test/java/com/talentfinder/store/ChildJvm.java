package com.talentfinder.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link ShortlistWriterMain} in a separate JVM on this test run's class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process startWriter(Path db, String list, String prefix, int count, Path stderr) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ShortlistWriterMain.class.getName());
        cmd.add(db.toString());
        cmd.add(list);
        cmd.add(prefix);
        cmd.add(Integer.toString(count));
        return new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
    }

    static BufferedReader stdout(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
