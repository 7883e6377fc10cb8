package com.talentfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Frame and memory helpers shared by the window benchmarks (the same rule as {@code ui.StartupProbe}). */
final class FxFrames {

    private FxFrames() {
    }

    /** Runs {@code then} at the pulse after the one that lays out the scene's current state. FX thread. */
    static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] second = new Runnable[1];
        Runnable first = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                scene.addPostLayoutPulseListener(second[0]);
                Platform.requestNextPulse();
            }
        };
        second[0] = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(first);
        Platform.requestNextPulse();
    }

    /** Blocks (off the FX thread) until a frame after the current state has been laid out. */
    static void awaitFrame(Scene scene) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> afterNextFrame(scene, done::countDown));
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame within 30 s");
        }
    }

    /** Milliseconds since this JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Resident set size of this process in KiB, from /proc/self/status (VmRSS), or -1. */
    static long rssKib() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** Collects twice, waits a little, and prints {@code RSS_KIB n} and {@code HEAP_USED_KIB n} on stdout. */
    static void printMemory() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(300);
        }
        System.out.println("RSS_KIB " + rssKib());
        System.out.println("HEAP_USED_KIB " + memory.getHeapMemoryUsage().getUsed() / 1024);
        System.out.flush();
    }
}
