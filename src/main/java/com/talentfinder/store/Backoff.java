package com.talentfinder.store;

import java.time.Duration;

/** Waits between reconnect attempts: doubling from {@code first} up to {@code max}; {@link #reset()} on success. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The default for a team server: 1 s, 2 s, 4 s … at most 30 s. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** The wait before the next attempt (and doubles the one after). */
    public synchronized Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    public synchronized void reset() {
        next = first;
    }
}
