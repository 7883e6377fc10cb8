package com.talentfinder.ui;

import com.talentfinder.domain.Freelancer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Measures start-up for the performance budget: {@code --startup-marker=QUERY} runs a search for QUERY as soon
 * as the window shows and prints {@code STARTUP_MARKER <ms since JVM start>} on stdout once the results table
 * holds rows and a frame showing them has been laid out and handed to the renderer (the pulse after the one
 * that laid the rows out). {@code --exit-after-marker} then quits the application. Without a query the marker
 * is printed for the first frame in which a text field has the focus (the window takes typing).
 *
 * <p>Used by the {@code bench} Maven profile; it does nothing unless one of its flags is given.
 */
public final class StartupProbe {

    /** {@code --startup-marker=QUERY}: search QUERY at start and print the marker. */
    public static final String MARKER_FLAG = "--startup-marker";
    /** Quit once the marker is printed. */
    public static final String EXIT_FLAG = "--exit-after-marker";
    /** What the marker line starts with. */
    public static final String MARKER = "STARTUP_MARKER";
    /** The line after the marker: CPU spent up to it by the FX thread and by the whole process, in ms. */
    public static final String CPU = "STARTUP_CPU";

    private final String query;
    private final boolean exit;
    private final PrintStream out;
    private boolean printed;

    StartupProbe(String query, boolean exit, PrintStream out) {
        this.query = query;
        this.exit = exit;
        this.out = out;
    }

    /** The probe the command line asks for, if any. */
    public static Optional<StartupProbe> fromArgs(List<String> args) {
        String query = null;
        boolean marker = false;
        boolean exit = false;
        for (String a : args) {
            if (a.equals(MARKER_FLAG)) {
                marker = true;
            } else if (a.startsWith(MARKER_FLAG + "=")) {
                marker = true;
                query = a.substring(MARKER_FLAG.length() + 1).strip();
            } else if (a.equals(EXIT_FLAG)) {
                exit = true;
            }
        }
        if (!marker) {
            return Optional.empty();
        }
        return Optional.of(new StartupProbe(query == null || query.isEmpty() ? null : query, exit, System.out));
    }

    /** True when {@code args} hold only this probe's flags (the launcher then opens the window). */
    public static boolean isProbeOnly(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String a : args) {
            if (!a.startsWith(MARKER_FLAG) && !a.equals(EXIT_FLAG)) {
                return false;
            }
        }
        return true;
    }

    /** The search query, or null to mark the first frame only. */
    public String query() {
        return query;
    }

    /** Whether the application quits after the marker. */
    public boolean exitsAfterMarker() {
        return exit;
    }

    /** Starts the probe on a window that is showing. Call on the FX thread, after {@link AppContext#show}. */
    public void attach(AppContext context) {
        Scene scene = context.stage().getScene();
        if (query == null) {
            whenTyping(scene);
            return;
        }
        ObservableList<Freelancer> rows = context.resultsViewModel().visibleResults();
        ListChangeListener<Freelancer> onRows = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Freelancer> c) {
                if (!rows.isEmpty()) {
                    com.talentfinder.app.startup.StartupTrace.mark("rows arrived");
                    rows.removeListener(this);
                    afterNextFrame(scene);
                }
            }
        };
        rows.addListener(onRows);
        context.searchViewModel().queryProperty().set(query);
        com.talentfinder.app.startup.StartupTrace.mark("search started");
        context.searchViewModel().search();
    }

    /** Waits until a text field owns the focus, then for the frame showing it. */
    private void whenTyping(Scene scene) {
        if (scene.getFocusOwner() instanceof TextInputControl) {
            afterNextFrame(scene);
            return;
        }
        scene.focusOwnerProperty().addListener(new ChangeListener<Node>() {
            @Override
            public void changed(ObservableValue<? extends Node> o, Node was, Node now) {
                if (now instanceof TextInputControl) {
                    com.talentfinder.app.startup.StartupTrace.mark("search field focused");
                    o.removeListener(this);
                    afterNextFrame(scene);
                }
            }
        });
    }

    /** Waits for the pulse that lays out the current state, then for the next one, then marks. */
    private void afterNextFrame(Scene scene) {
        Runnable[] second = new Runnable[1];
        Runnable first = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                com.talentfinder.app.startup.StartupTrace.mark("pulse laid out");
                scene.addPostLayoutPulseListener(second[0]);
                Platform.requestNextPulse();
            }
        };
        second[0] = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                mark();
            }
        };
        scene.addPostLayoutPulseListener(first);
        Platform.requestNextPulse();
    }

    /** User and system CPU of this process so far (Linux {@code /proc/self/stat}), or -1 elsewhere. */
    static long processCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of the file (utime, stime), counted from the state field (3): indexes 11 and 12.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private void mark() {
        if (printed) {
            return;
        }
        printed = true;
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println(MARKER + " " + ms);
        out.println(CPU + " fx=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
                + " process=" + processCpuMillis());
        out.flush();
        if (exit) {
            Platform.runLater(Platform::exit);
        }
    }
}
