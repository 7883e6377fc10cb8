package com.talentfinder.ui;

import java.util.function.Consumer;

/**
 * Runs each job at once on the calling thread: deterministic ViewModel tests with no FX thread and no
 * waiting. Lives in main code so tests of every feature can share it.
 */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> Handle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          ProgressListener onProgress) {
        boolean[] cancelled = {false};
        Handle handle = new Handle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        T result;
        try {
            result = job.run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    onProgress.onProgress(total > 0 ? (double) done / total : -1, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }
}
