package com.talentfinder.ui;

/**
 * A once-a-second timer, so countdowns can be driven by hand in tests.
 * The production one ({@link FxTicker}) ticks on the FX thread.
 */
@FunctionalInterface
public interface Ticker {

    /** A running timer. */
    interface Ticking {
        void stop();
    }

    /** Calls {@code tick} once every second, on the UI thread, until stopped. */
    Ticking everySecond(Runnable tick);
}
