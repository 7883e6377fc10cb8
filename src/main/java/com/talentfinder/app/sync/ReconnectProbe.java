package com.talentfinder.app.sync;

import com.talentfinder.store.Backoff;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Asks the database again and again, further apart each time ({@link Backoff}), while it is away; runs
 * {@code back} on its own thread once it answers. Also runs one-off work (sending the edits of an earlier run).
 */
final class ReconnectProbe implements AutoCloseable {

    private final Backoff backoff;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tf-db-reconnect");
        t.setDaemon(true);
        return t;
    });

    ReconnectProbe(Backoff backoff) {
        this.backoff = backoff;
    }

    /** After the next pause: if {@code away} still holds, {@code ping}; then {@code back}, or try again later. */
    void schedule(BooleanSupplier away, Runnable ping, Runnable back) {
        if (thread.isShutdown()) {
            return;
        }
        thread.schedule(() -> {
            if (!away.getAsBoolean()) {
                return;
            }
            try {
                ping.run();
            } catch (RuntimeException e) {
                schedule(away, ping, back);
                return;
            }
            back.run();
        }, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The server answered: the next loss starts again with the shortest pause. */
    void reset() {
        backoff.reset();
    }

    void execute(Runnable work) {
        if (!thread.isShutdown()) {
            thread.execute(work);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
