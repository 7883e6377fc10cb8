package com.talentfinder.store;

import com.talentfinder.concurrent.HandOff;
import java.util.function.Consumer;

/**
 * Steps a query's rows on a helper thread while the calling thread makes entries of them: for a long stream
 * ({@link ShortlistRepository#forEachEntry}), the database's own work (SQLite's b-tree steps and page reads) and
 * the parse of each row's snapshot, the two halves of reading a list, run at the same time. The store's settings
 * of the one {@link HandOff}: items reach the caller in order, in batches of {@value #BATCH}, at most
 * {@value #BATCHES} batches ahead; a failure on the helper is thrown to the caller as it was thrown, after the
 * rows read before it (as a single-threaded read would have handed them over); when the caller stops early (its
 * sink failed), the helper is told to stop at its next row and its connection is closed before this returns.
 */
final class StepAhead {

    static final int BATCH = HandOff.BATCH;
    static final int BATCHES = 4;

    /** Hands every item to {@code out}, in order, on the thread that calls it (the helper). */
    @FunctionalInterface
    interface Producer<T> extends HandOff.Producer<T> {
    }

    private StepAhead() {
    }

    /**
     * Runs {@code producer} on a helper thread and {@code consumer} on this one, until the producer ends. Like
     * the database call it replaces, it does not answer an interrupt: the interrupt is kept for the caller, and
     * the caller waits for the helper, which holds a connection, to let go.
     */
    static <T> void run(String name, Producer<T> producer, Consumer<T> consumer) {
        HandOff.<RuntimeException>waitingThroughInterrupts(name, BATCHES, true).run(producer, consumer::accept);
    }
}
