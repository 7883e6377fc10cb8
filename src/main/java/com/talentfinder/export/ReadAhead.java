package com.talentfinder.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads items on a helper thread while the calling thread writes them, so reading a shortlist from the database
 * (and parsing its snapshots) overlaps with writing the file. At most {@value #BATCHES} batches of
 * {@value #BATCH} items are held at once. A failure on either side stops both and is thrown to the caller; when
 * the writer stops early, the reader is told to stop at its next item.
 */
final class ReadAhead {

    static final int BATCH = 256;
    static final int BATCHES = 8;

    /** Something that hands every item to a sink, in order, on the thread that calls it. */
    @FunctionalInterface
    interface Source<T> {
        void forEach(Consumer<T> sink);
    }

    /** Writes one item; may fail with an I/O error. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T item) throws IOException;
    }

    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    /** Thrown inside the reader to stop the source when the writer is done or failed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {
    }

    /** Runs {@code source} on a helper thread and {@code sink} on this one, until the source ends. */
    static <T> void copy(Source<T> source, Sink<T> sink) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> read(source, queue, stop), "export-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure f) {
                    throw rethrow(f.cause());
                }
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                for (T item : batch) {
                    sink.accept(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was interrupted.");
        } finally {
            stop.set(true);
            queue.clear();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> void read(Source<T> source, BlockingQueue<Object> queue, AtomicBoolean stop) {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            source.forEach(item -> {
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
            // the writer is done: nothing more to hand over
        } catch (RuntimeException | Error e) {
            try {
                put(queue, new Failure(e), stop);
            } catch (Stopped ignored) {
                // the writer stopped first; its own error wins
            }
        }
    }

    /** Waits for room, giving up when the writer has stopped. */
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

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IOException(cause);
    }
}
