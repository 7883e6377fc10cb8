package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
}
