package com.talentfinder.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock moved by hand: a {@link TimeSource}, a {@link Sleeper} that only advances it, and a wall {@link Clock}. */
public final class FakeTime implements TimeSource, Sleeper {

    private final AtomicLong nanos = new AtomicLong();
    private final Instant origin;
    private final ZoneId zone;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    public FakeTime() {
        this(Instant.parse("2025-03-10T09:00:00Z"), ZoneId.of("UTC"));
    }

    public FakeTime(Instant origin, ZoneId zone) {
        this.origin = origin;
        this.zone = zone;
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    /** Like {@link Thread#sleep}: throws when interrupted, otherwise moves the clock on. */
    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        sleeps.add(d);
        advance(d);
    }

    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The wall clock: origin plus the time moved so far. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return new FakeTime(origin, z).clock();
            }

            @Override
            public Instant instant() {
                return origin.plusNanos(nanos.get());
            }
        };
    }
}
