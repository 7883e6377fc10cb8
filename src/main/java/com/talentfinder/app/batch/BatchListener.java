package com.talentfinder.app.batch;

import java.time.Duration;

/** Hears a running batch, on the batch's own thread (a UI must hop to its thread). */
public interface BatchListener {

    /** After each request of the batch. */
    default void onProgress(BatchProgress progress) {
    }

    /** While the batch waits for the rate limiter: the time left, about once a second, then zero. */
    default void onRateLimitWait(Duration remaining) {
    }

    BatchListener NONE = new BatchListener() {
    };
}
