package com.talentfinder.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Steps a query's rows on a helper thread while the calling thread makes entries of them: for a long stream
 * ({@link ShortlistRepository#forEachEntry}), the database's own work (SQLite's b-tree steps and page reads) and
 * the parse of each row's snapshot, the two halves of reading a list, run at the same time. Items reach the
 * caller in order, in batches of {@value #BATCH}, at most {@value #BATCHES} batches ahead. A failure on the helper
 * is thrown to the caller as it was thrown; when the caller stops early (its sink failed), the helper is told to
 * stop at its next row and its connection is closed before this returns.
 */
final class StepAhead {

    static final int BATCH = 256;
    static final int BATCHES = 4;

    /** Hands every item to {@code out}, in order, on the thread that calls it (the helper). */
    @FunctionalInterface
    interface Producer<T> {
        void run(Consumer<T> out);
    }

    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    /** Thrown inside the helper to end the producer when the caller has stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private StepAhead() {
    }

    /**
     * Runs {@code producer} on a helper thread and {@code consumer} on this one, until the producer ends. Like
     * the database call it replaces, it does not answer an interrupt (the interrupt is kept for the caller).
     */
    static <T> void run(String name, Producer<T> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        Thread helper = new Thread(() -> produce(producer, queue, stop), name);
        helper.setDaemon(true);
        helper.start();
        boolean interrupted = false;
        try {
            while (true) {
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                    continue;
                }
                if (next == END) {
                    return;
                }
                if (next instanceof Failure f) {
                    throw rethrow(f.cause());
                }
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                for (T item : batch) {
                    consumer.accept(item);
                }
            }
        } finally {
            stop.set(true);
            queue.clear();
            // The helper holds a connection: wait until it has let go (it stops at its next row).
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> void produce(Producer<T> producer, BlockingQueue<Object> queue, AtomicBoolean stop) {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            producer.run(item -> {
                if (stop.get()) {
                    throw new Stopped();
                }
                batch.add(item);
                if (batch.size() == BATCH) {
                    put(queue, new ArrayList<>(batch), stop);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(queue, new ArrayList<>(batch), stop);
            }
            put(queue, END, stop);
        } catch (Stopped e) {
            // the caller is done: nothing more to hand over
        } catch (RuntimeException | Error e) {
            try {
                // What was read before the failure is handed over first, as a single-threaded read would have.
                if (!batch.isEmpty()) {
                    put(queue, new ArrayList<>(batch), stop);
                }
                put(queue, new Failure(e), stop);
            } catch (Stopped ignored) {
                // the caller stopped first; its own error wins
            }
        }
    }

    /** Waits for room, giving up when the caller has stopped. */
    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error e) {
            throw e;
        }
        return (RuntimeException) cause;
    }
}
