package com.talentfinder.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The X display the window benchmarks run on: {@code DISPLAY} when set, else an {@code Xvfb} started here on the
 * first free number from :99 (and stopped by {@link #close()}). Null when there is neither.
 */
final class Display implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Display open() throws Exception {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) {
            return new Display(env, null);
        }
        String xvfb = which("Xvfb");
        if (xvfb == null) {
            return new Display(null, null);
        }
        for (int n = 99; n < 130; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process p = new ProcessBuilder(xvfb, ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && p.isAlive() && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            if (p.isAlive() && Files.exists(socket)) {
                return new Display(":" + n, p);
            }
            p.destroy();
        }
        return new Display(null, null);
    }

    /** The value for {@code DISPLAY}, or null when no display could be had. */
    String name() {
        return name;
    }

    boolean available() {
        return name != null;
    }

    String describe() {
        return name == null ? "none" : xvfb != null ? "Xvfb " + name + " (started by the harness)" : name;
    }

    static String which(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
