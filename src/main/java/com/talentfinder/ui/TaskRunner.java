package com.talentfinder.ui;

import java.util.function.Consumer;

/**
 * The one way ViewModels run background work. The production runner ({@link FxTaskRunner}) runs jobs on a
 * bounded, named executor through {@code javafx.concurrent.Task} and calls back on the FX thread; tests use
 * {@link SyncTaskRunner}, which runs everything at once on the calling thread.
 */
public interface TaskRunner {

    /** A unit of background work. It reports progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a job sees of its task: progress reporting and cancellation. */
    interface Progress {
        /** @param done  units done; @param total units in all, or -1 when unknown */
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /** A running job; callbacks of a cancelled job are never called. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /** Listener for progress on the UI thread. */
    @FunctionalInterface
    interface ProgressListener {
        void onProgress(double fraction, String message);
    }

    /**
     * Runs {@code job} in the background; exactly one of {@code onSuccess} or {@code onFailure} is then
     * called on the UI thread, unless the job was cancelled first.
     */
    <T> Handle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                   ProgressListener onProgress);

    default <T> Handle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(name, job, onSuccess, onFailure, (fraction, message) -> { });
    }
}
