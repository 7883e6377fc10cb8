package com.talentfinder.api;

import java.time.Duration;

/** Waits; tests replace it with one that only moves a fake {@link TimeSource}, so nothing sleeps for real. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}; throws when the thread is interrupted (the user cancelled). */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> {
        long ms = d.toMillis();
        int nanos = (int) (d.minusMillis(ms).toNanos());
        if (ms > 0 || nanos > 0) {
            Thread.sleep(ms, nanos);
        } else if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    };
}
