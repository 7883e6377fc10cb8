package com.talentfinder.ui.shortlist;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.batch.BatchResult;
import com.talentfinder.app.batch.BatchState;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.ApiErrorText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Refresh list": says first what it will cost (searches, how many the cache answers, credits left) and asks
 * through {@link Confirmations}, warning when it goes past the credits left; then runs the searches through the
 * {@link BatchFetcher} (paced, cached, counted) with progress and Cancel (which keeps what was checked), and
 * records what changed. See {@link ListRefresher}.
 */
public final class RefreshViewModel {

    private final ShortlistRepository repo;
    private final TaskRunner runner;
    private final Confirmations confirmations;
    private final Supplier<BatchPlanner> planner;
    private final Supplier<BatchFetcher> fetcher;
    private final Notices notices;
    private final Runnable onDone;

    // Properties //
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private BatchCancellation cancellation;

    /**
     * @param planner the cost estimate for the mode in force (demo or live)
     * @param fetcher the batch queue for the mode in force
     * @param onDone  run on the UI thread after results were recorded (reload the entries shown)
     */
    public RefreshViewModel(ShortlistRepository repo, TaskRunner runner, Confirmations confirmations,
                            Supplier<BatchPlanner> planner, Supplier<BatchFetcher> fetcher, Notices notices,
                            Runnable onDone) {
        this.repo = repo;
        this.runner = runner;
        this.confirmations = confirmations;
        this.planner = planner;
        this.fetcher = fetcher;
        this.notices = notices;
        this.onDone = onDone;
    }

    private record Prepared(ListRefresher.Plan plan, BatchEstimate estimate) {
    }

    // Commands //

    /** Estimates, asks, then refreshes every entry of {@code list}. */
    public void refresh(Shortlist list) {
        if (list == null || running.get()) {
            return;
        }
        error.set(null);
        running.set(true);
        progress.set(-1);
        progressText.set(Messages.get("shortlist.refresh.preparing"));
        runner.run("plan refresh", p -> {
            List<ShortlistEntry> all = new ArrayList<>();
            repo.forEachEntry(list.id(), EntryQuery.all(), all::add);
            ListRefresher.Plan plan = ListRefresher.plan(all);
            return new Prepared(plan, planner.get().estimate(plan.requests()));
        }, prepared -> askThenRun(list, prepared), this::fail);
    }

    private void askThenRun(Shortlist list, Prepared prepared) {
        BatchEstimate e = prepared.estimate();
        if (prepared.plan().requests().isEmpty()) {
            running.set(false);
            notices.show(Messages.get("shortlist.refresh.nothing"));
            return;
        }
        String question = Messages.format("shortlist.refresh.question", prepared.plan().entries().size(),
                e.pages(), e.cachedPages(), e.callsNeeded(), e.creditsLeft(), duration(e.estimatedDuration()));
        if (e.exceedsRemaining()) {
            question = question + "\n\n" + Messages.format("shortlist.refresh.exceeds", e.callsNeeded(),
                    e.creditsLeft());
        }
        if (!confirmations.confirm(Messages.format("shortlist.refresh.title", list.name()), question,
                Messages.get("shortlist.refresh.action"))) {
            running.set(false);
            progressText.set("");
            return;
        }
        BatchCancellation cancel = new BatchCancellation();
        cancellation = cancel;
        progress.set(0);
        progressText.set(Messages.format("shortlist.refresh.progress", 0, e.pages()));
        runner.run("refresh list", p -> {
            BatchResult result = fetcher.get().fetch(BatchState.of(prepared.plan().requests()), new BatchListener() {
                @Override
                public void onProgress(BatchProgress bp) {
                    p.update(bp.done(), bp.total(), Messages.format("shortlist.refresh.progress", bp.done(),
                            bp.total()));
                }
            }, cancel);
            return new Finished(result, ListRefresher.apply(repo, list.id(), prepared.plan(), result));
        }, done -> finish(list, done), this::fail, (fraction, message) -> {
            progress.set(fraction);
            if (message != null) {
                progressText.set(message);
            }
        });
    }

    private static String duration(java.time.Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 5) {
            return Messages.get("shortlist.refresh.time.few");
        }
        return seconds < 90 ? Messages.format("shortlist.refresh.time.seconds", seconds)
                : Messages.format("shortlist.refresh.time.minutes", Math.round(seconds / 60.0));
    }

    private record Finished(BatchResult result, ListRefresher.Outcome outcome) {
    }

    private void finish(Shortlist list, Finished done) {
        running.set(false);
        cancellation = null;
        progressText.set("");
        ListRefresher.Outcome o = done.outcome();
        String summary = Messages.format("shortlist.refresh.done", list.name(), o.changed(), o.unchanged(),
                o.notFound());
        if (!done.result().isComplete()) {
            summary = summary + " " + done.result().failureCause()
                    .map(f -> Messages.format("shortlist.refresh.stopped", o.notChecked(), ApiErrorText.of(f)))
                    .orElse(Messages.format("shortlist.refresh.cancelled", o.notChecked()));
        }
        notices.show(summary);
        onDone.run();
    }

    /** Stops after the search in flight; what was checked is kept and recorded. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private void fail(Throwable failure) {
        running.set(false);
        cancellation = null;
        progressText.set("");
        error.set(ShortlistErrors.message(failure));
    }

    // Properties //

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Checked 12 of 40 searches…". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
