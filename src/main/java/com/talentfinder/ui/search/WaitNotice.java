package com.talentfinder.ui.search;

import com.talentfinder.ui.Messages;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The countdown in the busy area while a search waits before its call: for the plan's pace (the app's own rate
 * limiter) or for the service's {@code Retry-After}. Fed about once a second by the limiter's and the retry
 * layer's wait listeners; those run on the waiting thread, so the composition root hops to the UI thread before
 * calling {@link #pacing} or {@link #retrying}. Shown only while a search runs; Cancel ends the wait.
 */
public final class WaitNotice {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final BooleanSupplier searching;

    /** @param searching true while a search is running (waits heard otherwise are not shown) */
    WaitNotice(BooleanSupplier searching) {
        this.searching = searching;
    }

    /** The limiter holds the next call back for {@code remaining} (zero: the wait is over). UI thread. */
    public void pacing(Duration remaining) {
        show(remaining, "search.wait.pacing");
    }

    /** The service asked us to wait {@code remaining} before retry {@code attempt}. UI thread. */
    public void retrying(Duration remaining, int attempt) {
        show(remaining, "search.wait.retry");
    }

    void clear() {
        text.set("");
    }

    private void show(Duration remaining, String key) {
        if (!searching.getAsBoolean() || remaining.isZero() || remaining.isNegative()) {
            clear();
            return;
        }
        text.set(Messages.format(key, seconds(remaining)));
    }

    /** Whole seconds, rounded up, so "1 s" shows until the call is made. */
    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** "Waiting for your plan's rate limit: next call in 12 s", or empty. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
