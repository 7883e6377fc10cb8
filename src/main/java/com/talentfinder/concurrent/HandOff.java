package com.talentfinder.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a producer on a helper thread and hands its items, in order and in batches of {@value #BATCH}, to a sink
 * on the calling thread, so that producing (reading a database, parsing) and consuming (parsing, writing a file)
 * overlap. The one hand-off of the store's long reads ({@code store.StepAhead}) and the export's read-ahead
 * ({@code export.ReadAhead}); what differs between them is a parameter:
 * <ul>
 *   <li>how many batches the helper may run ahead;</li>
 *   <li>whether the items produced before a failure reach the sink before the failure is thrown;</li>
 *   <li>what an interrupt of the caller does: either nothing (the flag is kept for the caller, the items keep
 *       coming, and the caller waits for the helper to end, e.g. because it holds a connection), or it stops the
 *       hand-off with an exception of the caller's choice (the flag kept too).</li>
 * </ul>
 * A failure of the producer is thrown to the caller as it was thrown. When the caller stops early (its sink
 * failed, or an interrupt stopped it), the helper is told to stop at its next item.
 *
 * @param <X> what the sink may throw (and, for a hand-off that stops on an interrupt, what an interrupt becomes)
 */
public final class HandOff<X extends Exception> {

    /** Items per batch. */
    public static final int BATCH = 256;

    /** How long a hand-off that stops on an interrupt waits for its helper to end. */
    private static final long STOPPING_JOIN_MILLIS = TimeUnit.SECONDS.toMillis(30);

    /** Hands every item to {@code out}, in order, on the thread that calls it (the helper). */
    @FunctionalInterface
    public interface Producer<T> {
        void run(Consumer<T> out);
    }

    /** Takes one item on the calling thread; may fail with {@code X}. */
    @FunctionalInterface
    public interface Sink<T, X extends Exception> {
        void accept(T item) throws X;
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

    private final String threadName;
    private final int batchesAhead;
    private final boolean handOverBeforeFailure;
    /** Null: an interrupt is kept and waited through; else what the caller throws on one. */
    private final Supplier<? extends X> onInterrupt;

    private HandOff(String threadName, int batchesAhead, boolean handOverBeforeFailure,
                    Supplier<? extends X> onInterrupt) {
        if (batchesAhead < 1) {
            throw new IllegalArgumentException("batchesAhead must be at least 1");
        }
        this.threadName = threadName;
        this.batchesAhead = batchesAhead;
        this.handOverBeforeFailure = handOverBeforeFailure;
        this.onInterrupt = onInterrupt;
    }

    /**
     * A hand-off that does not answer an interrupt: the flag is kept for the caller, every item still arrives,
     * and the caller waits for the helper to end before it returns or throws.
     */
    public static <X extends Exception> HandOff<X> waitingThroughInterrupts(String threadName, int batchesAhead,
                                                                         boolean handOverBeforeFailure) {
        return new HandOff<>(threadName, batchesAhead, handOverBeforeFailure, null);
    }

    /**
     * A hand-off that answers an interrupt of the caller with {@code interrupted}'s exception (the flag kept) and
     * tells the helper to stop; it waits for the helper at most 30 s, and not at all once interrupted.
     */
    public static <X extends Exception> HandOff<X> stoppingOnInterrupt(String threadName, int batchesAhead,
                                                                    boolean handOverBeforeFailure,
                                                                    Supplier<? extends X> interrupted) {
        return new HandOff<>(threadName, batchesAhead, handOverBeforeFailure, java.util.Objects.requireNonNull(
                interrupted, "interrupted"));
    }

    /** Runs {@code producer} on a helper thread and {@code sink} on this one, until the producer ends. */
    public <T> void run(Producer<T> producer, Sink<? super T, ? extends X> sink) throws X {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(batchesAhead);
        AtomicBoolean stop = new AtomicBoolean();
        Thread helper = new Thread(() -> produce(producer, queue, stop), threadName);
        helper.setDaemon(true);
        helper.start();
        boolean interrupted = false;
        try {
            while (true) {
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    if (onInterrupt != null) {
                        Thread.currentThread().interrupt();
                        throw onInterrupt.get();
                    }
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
                    sink.accept(item);
                }
            }
        } finally {
            stop.set(true);
            queue.clear();
            if (onInterrupt == null) {
                interrupted |= joinThroughInterrupts(helper);
            } else {
                joinUnlessInterrupted(helper);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the helper has ended (it stops at its next item); true when interrupted meanwhile. */
    private static boolean joinThroughInterrupts(Thread helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private static void joinUnlessInterrupted(Thread helper) {
        try {
            helper.join(STOPPING_JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> void produce(Producer<T> producer, BlockingQueue<Object> queue, AtomicBoolean stop) {
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
                if (handOverBeforeFailure && !batch.isEmpty()) {
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

    /** The producer's failure as it was thrown (only unchecked throwables can leave a {@link Producer}). */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error e) {
            throw e;
        }
        return (RuntimeException) cause;
    }
}
