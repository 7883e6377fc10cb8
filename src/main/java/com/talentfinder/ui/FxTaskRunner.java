package com.talentfinder.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs jobs as JavaFX {@link Task}s on a small pool of daemon threads named {@code talent-finder-N}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "talent-finder-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    @Override
    public <T> Handle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          ProgressListener onProgress) {
        JobTask<T> task = new JobTask<>(job);
        task.progressProperty().addListener((o, was, now) ->
                onProgress.onProgress(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((o, was, now) ->
                onProgress.onProgress(task.getProgress(), now));
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.log(System.Logger.Level.DEBUG, () -> "Background job '" + name + "' failed: " + error);
            onFailure.accept(error);
        });
        executor.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A Task that is also the job's view of its progress and cancellation. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Job<T> job;

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(long done, long total, String message) {
            if (total > 0) {
                updateProgress(done, total);
            } else {
                updateProgress(-1, -1);
            }
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
