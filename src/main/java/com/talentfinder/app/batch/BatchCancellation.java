package com.talentfinder.app.batch;

/**
 * The Cancel button of one batch run: {@link #cancel()} stops it after the request in flight (interrupting a
 * wait or a call), and the run returns what it fetched. Safe to call from any thread, before or during the run.
 */
public final class BatchCancellation {

    private boolean cancelled;
    private Thread worker;

    public synchronized void cancel() {
        cancelled = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized void bind(Thread thread) {
        worker = thread;
    }

    /** Called on the worker when the run ends; clears the interrupt this object caused. */
    synchronized void unbind() {
        worker = null;
        if (cancelled) {
            Thread.interrupted();
        }
    }
}
