package com.talentfinder.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a child JVM (the app's jar or a bench main), collecting its stdout lines; stderr goes to a log file. */
final class ChildJvm {

    /** Software rendering, as on a machine without a GPU. */
    static final String SOFTWARE_RENDERING = "-Dprism.order=sw";

    /**
     * The flags every window run gets (the app, the bare window, the window probes): software rendering plus the
     * JVM options the installed app uses ({@link #appFlags()}), so that ratios compare like with like.
     */
    static final List<String> WINDOW_FLAGS = windowFlags();

    private static List<String> windowFlags() {
        List<String> flags = new ArrayList<>();
        flags.add(SOFTWARE_RENDERING);
        flags.addAll(appFlags());
        return List.copyOf(flags);
    }

    /**
     * The app's JVM options, from {@code -Dbench.appFlags} (space-separated; the bench profile passes the pom's
     * {@code app.jvm.*} properties, the ones jpackage and exec:exec use). Empty when not given.
     */
    static List<String> appFlags() {
        String flags = System.getProperty("bench.appFlags", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    private ChildJvm() {
    }

    /**
     * What a child printed, and how it ended. {@code lineMillis[i]} is when line i was read, in ms since the
     * child process was started (whole-process timing, launcher included).
     */
    record Outcome(List<String> lines, List<Double> lineMillis, int exitCode, boolean timedOut) {

        /** Ms from starting the process to reading the first line starting with {@code prefix}. */
        Optional<Double> arrival(String prefix) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix + " ")) {
                    return Optional.of(lineMillis.get(i));
                }
            }
            return Optional.empty();
        }

        /** The number after {@code prefix} on the first line starting with it. */
        Optional<Double> value(String prefix) {
            for (String l : lines) {
                if (l.startsWith(prefix + " ")) {
                    try {
                        return Optional.of(Double.parseDouble(l.substring(prefix.length() + 1).strip()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this JVM (the jar's classes plus the bench classes). */
    static String benchClassPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * @param command  everything after the java executable
     * @param env      extra environment; {@code DISPLAY}, the key and the API URL are cleared first
     * @param timeoutS seconds before the child is killed
     * @param log      where the child's stderr is appended
     */
    static Outcome run(List<String> command, Map<String, String> env, File dir, long timeoutS, File log)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(command);
        return exec(cmd, env, dir, timeoutS, log);
    }

    /** Runs {@code cmd} as it is (an executable and its arguments), e.g. the app image's launcher. */
    static Outcome exec(List<String> cmd, Map<String, String> env, File dir, long timeoutS, File log)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir)
                .redirectError(ProcessBuilder.Redirect.appendTo(log));
        pb.environment().remove("PARSE_API_KEY");
        pb.environment().remove("TALENT_FINDER_API_URL");
        pb.environment().remove("TALENT_FINDER_PLAN");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        long started = System.nanoTime();
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(l);
                        millis.add((System.nanoTime() - started) / 1e6);
                    }
                }
            } catch (Exception ignored) {
                // the child died; what was read is kept
            }
        }, "child-stdout");
        reader.start();
        boolean done = p.waitFor(timeoutS, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(5000);
        synchronized (lines) {
            return new Outcome(List.copyOf(lines), List.copyOf(millis), done ? p.exitValue() : -1, !done);
        }
    }
}
