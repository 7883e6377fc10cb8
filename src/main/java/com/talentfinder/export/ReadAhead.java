package com.talentfinder.export;

import com.talentfinder.concurrent.HandOff;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads items on a helper thread while the calling thread writes them, so reading a shortlist from the database
 * (and parsing its snapshots) overlaps with writing the file. The export's settings of the one {@link HandOff}:
 * at most {@value #BATCHES} batches of {@value #BATCH} items are held at once; a failure on either side stops
 * both and is thrown to the caller (the items read before a reader's failure are not written: the file is thrown
 * away anyway); an interrupt stops the export with an {@link InterruptedIOException}.
 */
final class ReadAhead {

    static final int BATCH = HandOff.BATCH;
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

    private static final HandOff<IOException> HAND_OFF = HandOff.stoppingOnInterrupt("export-read-ahead", BATCHES,
            false, () -> new InterruptedIOException("The export was interrupted."));

    /** The reader's own I/O failure, carried to the caller to be thrown as the {@link IOException} it holds. */
    private static final class ReadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadFailed(UncheckedIOException cause) {
            super(cause);
        }
    }

    private ReadAhead() {
    }

    /** Runs {@code source} on a helper thread and {@code sink} on this one, until the source ends. */
    static <T> void copy(Source<T> source, Sink<T> sink) throws IOException {
        try {
            HAND_OFF.<T>run(out -> {
                try {
                    source.forEach(out);
                } catch (UncheckedIOException e) {
                    throw new ReadFailed(e);
                }
            }, sink::accept);
        } catch (ReadFailed e) {
            throw ((UncheckedIOException) e.getCause()).getCause();
        }
    }
}
