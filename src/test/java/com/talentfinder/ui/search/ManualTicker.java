package com.talentfinder.ui.search;

import com.talentfinder.ui.Ticker;
import java.util.ArrayList;
import java.util.List;

/** A ticker a test cranks by hand. */
final class ManualTicker implements Ticker {

    private final List<Runnable> running = new ArrayList<>();

    @Override
    public Ticking everySecond(Runnable tick) {
        running.add(tick);
        return () -> running.remove(tick);
    }

    void tick(int seconds) {
        for (int i = 0; i < seconds; i++) {
            List.copyOf(running).forEach(Runnable::run);
        }
    }

    boolean isRunning() {
        return !running.isEmpty();
    }
}
