package com.talentfinder.ui.search;

import com.talentfinder.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One fetch at a time through the {@link TaskRunner}, the newest winning: starting a fetch cancels the one in
 * flight (interrupting its worker, which ends any wait), and the callbacks of a cancelled or superseded fetch
 * are never run. {@link #busyProperty()} is true while a fetch runs. UI thread only.
 */
final class LatestFetch {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private TaskRunner.Handle inFlight;
    private long generation;

    LatestFetch(TaskRunner runner) {
        this.runner = runner;
    }

    /** Cancels the fetch in flight, if any. */
    void cancel() {
        generation++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        busy.set(false);
    }

    /** Cancels the fetch in flight and starts {@code job}; busy turns false before a callback runs. */
    <T> void start(String name, TaskRunner.Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        busy.set(true);
        long mine = ++generation;
        TaskRunner.Handle handle = runner.run(name, job,
                result -> finish(mine, () -> onSuccess.accept(result)),
                failure -> finish(mine, () -> onFailure.accept(failure)));
        if (mine == generation && busy.get()) {
            inFlight = handle;
        }
    }

    private void finish(long mine, Runnable then) {
        if (mine == generation) {
            inFlight = null;
            busy.set(false);
            then.run();
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }
}
