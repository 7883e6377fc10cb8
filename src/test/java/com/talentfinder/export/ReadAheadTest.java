package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.concurrent.HeldSink;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static ReadAhead.Source<Integer> numbers(int n, AtomicInteger produced) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
        };
    }

    @Test
    void everyItemReachesTheWriterInOrder() throws Exception {
        int n = ReadAhead.BATCH * 5 + 7;
        List<Integer> written = new ArrayList<>();

        ReadAhead.copy(numbers(n, new AtomicInteger()), written::add);

        assertThat(written).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aWriterFailureIsThrownAndStopsTheReader() {
        AtomicInteger produced = new AtomicInteger();
        int n = 1_000_000;

        assertThatThrownBy(() -> ReadAhead.copy(numbers(n, produced), i -> {
            if (i == 10) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(produced.get()).isLessThan(n);
    }

    @Test
    void aReaderFailureReachesTheCallerWithItsType() {
        ReadAhead.Source<Integer> failing = sink -> {
            sink.accept(1);
            throw new IllegalStateException("database gone");
        };

        assertThatThrownBy(() -> ReadAhead.copy(failing, i -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("database gone");
    }

    @Test
    void theItemsReadBeforeAReaderFailureAreNotWritten() {
        List<Integer> written = new ArrayList<>();
        ReadAhead.Source<Integer> failing = sink -> {
            for (int i = 0; i < 10; i++) {
                sink.accept(i);
            }
            throw new IllegalStateException("database gone");
        };

        assertThatThrownBy(() -> ReadAhead.copy(failing, written::add)).hasMessage("database gone");

        assertThat(written).isEmpty(); // the export's file is thrown away: no point in writing them
    }

    @Test
    void aReadersIoFailureIsThrownAsTheIoException() {
        IOException gone = new IOException("file gone");

        assertThatThrownBy(() -> ReadAhead.<Integer>copy(sink -> {
            throw new UncheckedIOException(gone);
        }, i -> { })).isSameAs(gone);
    }

    @Test
    void anInterruptStopsTheExportAndIsKept() {
        List<Integer> written = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ReadAhead.copy(numbers(1_000_000, new AtomicInteger()), written::add))
                    .isInstanceOf(InterruptedIOException.class);

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(written).hasSizeLessThan(1_000_000);
    }

    @Test
    void theReaderRunsAtMostEightBatchesAhead() throws Exception {
        // The writer holds the first batch; the queue takes BATCHES more, and one more batch waits to be put.
        int most = ReadAhead.BATCH * (ReadAhead.BATCHES + 2);

        int produced = HeldSink.producedWhileHeld((producer, sink) -> ReadAhead.<Integer>copy(producer::accept,
                sink::accept), most, most * 4);

        assertThat(ReadAhead.BATCHES).isEqualTo(8);
        assertThat(produced).isEqualTo(most);
    }
}
