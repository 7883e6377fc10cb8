package com.talentfinder.concurrent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Measures how far a hand-off's helper runs ahead: the sink holds the first item until the helper has stalled. */
public final class HeldSink {

    /** One run of a hand-off adapter with {@code producer} on its helper and {@code sink} on the calling thread. */
    @FunctionalInterface
    public interface Run {
        void run(Consumer<Consumer<Integer>> producer, Consumer<Integer> sink) throws Exception;
    }

    private HeldSink() {
    }

    /**
     * How many items the producer made while the sink held the first one, waiting (up to 30 s) until
     * {@code expected} were made and then 200 ms more to see whether it goes further. The run then finishes
     * with every one of {@code total} items.
     */
    public static int producedWhileHeld(Run run, int expected, int total) throws Exception {
        AtomicInteger produced = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Consumer<Consumer<Integer>> producer = out -> {
            for (int i = 0; i < total; i++) {
                produced.incrementAndGet();
                out.accept(i);
            }
        };
        AtomicInteger consumed = new AtomicInteger();
        Thread caller = new Thread(() -> {
            try {
                run.run(producer, i -> {
                    if (i == 0) {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    consumed.incrementAndGet();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "held-sink-caller");
        caller.start();
        int seen;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (produced.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(200);
            seen = produced.get();
        } finally {
            release.countDown();
            caller.join();
        }
        if (consumed.get() != total) {
            throw new AssertionError("the run ended with " + consumed.get() + " of " + total + " items");
        }
        return seen;
    }
}
