package com.talentfinder.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where things are for one benchmark run: the project, the jar, the bench classes, the display, the logs. */
final class BenchContext {

    private final Path base;
    private final Display display;

    BenchContext(Path base, Display display) throws IOException {
        this.base = base;
        this.display = display;
        Files.createDirectories(workDir());
    }

    File baseDir() {
        return base.toFile();
    }

    Path target() {
        return base.resolve("target");
    }

    /** The shipped jar, built by the package phase. */
    Path jar() {
        return target().resolve("talent-finder.jar");
    }

    /** The compiled bench (and test) classes. */
    Path benchClasses() {
        return target().resolve("test-classes");
    }

    /** {@code target/bench}: logs and scratch files. */
    Path workDir() {
        return target().resolve("bench");
    }

    Display display() {
        return display;
    }

    File logFile(String name) {
        return workDir().resolve(name + ".log").toFile();
    }

    void log(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // scratch space: leftovers are harmless
        }
    }
}
