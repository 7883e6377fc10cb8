package com.talentfinder.api;

import java.time.Duration;

/** Told while a {@link RetryingSource} waits before retrying, so a window can show a countdown. */
@FunctionalInterface
public interface WaitListener {

    /**
     * Called at the start of each wait and then about every second, from the searching thread.
     *
     * @param remaining how long is still left to wait
     * @param attempt   which retry the wait precedes: 1 for the first retry
     */
    void waiting(Duration remaining, int attempt);

    /** Ignores every wait. */
    WaitListener NONE = (remaining, attempt) -> { };
}
