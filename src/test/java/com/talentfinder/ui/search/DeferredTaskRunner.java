package com.talentfinder.ui.search;

import com.talentfinder.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds jobs until the test runs them, so a test can act while a search is "in flight". */
final class DeferredTaskRunner implements TaskRunner {

    private final List<Runnable> queued = new ArrayList<>();
    int cancelled;

    @Override
    public <T> Handle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          ProgressListener onProgress) {
        boolean[] state = {false, false}; // cancelled, done
        queued.add(() -> {
            if (state[0]) {
                return;
            }
            state[1] = true;
            T result;
            try {
                result = job.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return state[0];
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return new Handle() {
            @Override
            public void cancel() {
                if (!state[0] && !state[1]) {
                    cancelled++;
                }
                state[0] = true;
            }

            @Override
            public boolean isDone() {
                return state[1];
            }
        };
    }

    /** Runs every queued job (cancelled ones do nothing). */
    void runAll() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
