package com.talentfinder.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits for a while; a seam so that tests can record waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** @throws InterruptedException when the waiting thread is interrupted (the user cancelled) */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep}, interruptible. */
    Sleeper REAL = d -> TimeUnit.NANOSECONDS.sleep(Math.max(0, d.toNanos()));
}
