package com.talentfinder.ui.search;

import com.talentfinder.ui.Ticker;
import javafx.beans.property.ObjectProperty;

/**
 * Counts a {@link ErrorState.Action#WAIT} error down once a second and then retries, once.
 * Tests drive it with a hand-cranked {@link Ticker}.
 */
final class RateLimitCountdown {

    private final Ticker ticker;
    private final ObjectProperty<ErrorState> error;
    private final Runnable whenDone;
    private Ticker.Ticking ticking;

    RateLimitCountdown(Ticker ticker, ObjectProperty<ErrorState> error, Runnable whenDone) {
        this.ticker = ticker;
        this.error = error;
        this.whenDone = whenDone;
    }

    void start() {
        stop();
        ticking = ticker.everySecond(this::tick);
    }

    boolean isRunning() {
        return ticking != null;
    }

    void stop() {
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
    }

    private void tick() {
        ErrorState state = error.get();
        if (ticking == null || state == null || state.action() != ErrorState.Action.WAIT) {
            stop();
            return;
        }
        int left = state.secondsLeft() - 1;
        if (left > 0) {
            error.set(state.withSecondsLeft(left));
            return;
        }
        stop();
        whenDone.run();
    }
}
