package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RunStateTest {

    @Test
    void aSecondBeginWhileRunningChangesNothing() {
        RunState run = new RunState(null);
        assertThat(run.begin("first")).isTrue();
        run.progressListener().onProgress(0.5, "half");

        assertThat(run.begin("second")).isFalse();
        assertThat(run.statusProperty().get()).isEqualTo("half");
        assertThat(run.progressProperty().get()).isEqualTo(0.5);
    }

    @Test
    void beginClearsTheLastErrorAndCancelAndKeepsTheStatusWhenGivenNone() {
        RunState run = new RunState("");
        run.status("Saved as Q3");
        run.failed("The report could not be fetched.");
        run.cancel();

        assertThat(run.begin(null)).isTrue();

        assertThat(run.errorProperty().get()).isEmpty();
        assertThat(run.cancelRequested()).isFalse();
        assertThat(run.statusProperty().get()).isEqualTo("Saved as Q3");
        assertThat(run.progressProperty().get()).isZero();
        assertThat(run.isRunning()).isTrue();
    }

    @Test
    void unknownFractionsAndMissingMessagesAreKeptOut() {
        RunState run = new RunState(null);
        run.begin("Page 0 of 3");
        run.progressListener().onProgress(-1, null);
        assertThat(run.progressProperty().get()).isZero();
        assertThat(run.statusProperty().get()).isEqualTo("Page 0 of 3");
    }

    @Test
    void finishedAndFailedEndTheRun() {
        RunState run = new RunState(null);
        run.begin("x");
        run.finished();
        assertThat(run.isRunning()).isFalse();
        assertThat(run.progressProperty().get()).isEqualTo(1.0);

        run.begin("y");
        run.failed("No answer.");
        assertThat(run.isRunning()).isFalse();
        assertThat(run.errorProperty().get()).isEqualTo("No answer.");
        run.error(null);
        assertThat(run.errorProperty().get()).isNull();
    }

    @Test
    void disposeCancelsTheJobAndAsksTheRunToStop() {
        RunState run = new RunState(null);
        AtomicBoolean cancelled = new AtomicBoolean();
        run.begin("x");
        run.started(new TaskRunner.Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return false;
            }
        });

        run.dispose();

        assertThat(cancelled).isTrue();
        assertThat(run.cancelRequested()).isTrue();
    }
}
