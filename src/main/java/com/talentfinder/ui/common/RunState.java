package com.talentfinder.ui.common;

import com.talentfinder.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of one long run a screen starts (fetching pages for a report, running a saved search): whether it
 * runs, its progress and status line, its error sentence, and the user's Cancel. One per ViewModel; every
 * method is called on the UI thread (the TaskRunner delivers its callbacks there), except
 * {@link #cancelRequested()}, which the background job polls.
 */
public final class RunState {

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error;
    private final String noError;

    private volatile boolean cancelRequested;
    private TaskRunner.Handle handle;

    /** @param noError what the error property holds when there is none ({@code null} or {@code ""}) */
    public RunState(String noError) {
        this.noError = noError;
        this.error = new SimpleStringProperty(noError);
    }

    /**
     * Starts a run: clears the error and the Cancel, shows progress 0 and {@code statusText} (left as it is
     * when {@code null}). Returns false, changing nothing, while a run is under way.
     */
    public boolean begin(String statusText) {
        if (running.get()) {
            return false;
        }
        error.set(noError);
        cancelRequested = false;
        running.set(true);
        progress.set(0);
        if (statusText != null) {
            status.set(statusText);
        }
        return true;
    }

    /** The handle of the job started for this run, so that {@link #dispose()} can stop it. */
    public void started(TaskRunner.Handle jobHandle) {
        this.handle = jobHandle;
    }

    /** Hands the job's progress to the properties: a fraction below 0 (unknown) and a null message are kept out. */
    public TaskRunner.ProgressListener progressListener() {
        return (fraction, message) -> {
            if (fraction >= 0) {
                progress.set(fraction);
            }
            if (message != null) {
                status.set(message);
            }
        };
    }

    /** The run ended (completed or stopped by Cancel): progress shows done. */
    public void finished() {
        running.set(false);
        progress.set(1);
    }

    /** The run failed: {@code sentence} is what the user reads. */
    public void failed(String sentence) {
        running.set(false);
        error.set(sentence);
    }

    /** Asks the job to stop after the unit in flight (it keeps what it fetched). */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** The screen goes away: cancels the run and its job. */
    public void dispose() {
        cancelRequested = true;
        if (handle != null) {
            handle.cancel();
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Sets the progress shown (0 to 1), e.g. full for a saved result opened without a run. */
    public void progress(double fraction) {
        progress.set(fraction);
    }

    /** Sets the status line outside a run (a save, an open, an export). */
    public void status(String text) {
        status.set(text);
    }

    /** Sets the error sentence outside a run; {@code null} clears it. */
    public void error(String sentence) {
        error.set(sentence == null ? noError : sentence);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
