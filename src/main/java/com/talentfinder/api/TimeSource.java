package com.talentfinder.api;

/** A monotonic clock in nanoseconds; tests replace it with a fake they move by hand. */
@FunctionalInterface
public interface TimeSource {

    /** Nanoseconds from an arbitrary origin, never going backwards. */
    long nanoTime();

    /** The JVM's monotonic clock. */
    TimeSource SYSTEM = System::nanoTime;
}
