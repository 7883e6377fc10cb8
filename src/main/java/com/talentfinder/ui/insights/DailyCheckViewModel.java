package com.talentfinder.ui.insights;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.insights.DailyWatchCheck;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The optional watchlist check at start, in the window: decided and run off the UI thread, its cost and its
 * outcome told in a notice (the status bar shows it). Says nothing when the choice is off or the last check is
 * less than a day old.
 */
public final class DailyCheckViewModel {

    private final DailyWatchCheck check;
    private final TaskRunner runner;
    private final Runnable afterCheck;

    // Properties //
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** @param afterCheck runs on the UI thread after a check that counted anything (e.g. to redraw the chart) */
    public DailyCheckViewModel(DailyWatchCheck check, TaskRunner runner, Runnable afterCheck) {
        this.check = check;
        this.runner = runner;
        this.afterCheck = afterCheck;
    }

    // Commands //

    /** Decides, and runs the check when it is due; call once, after the window's first frame. */
    public void start() {
        runner.run("daily-check-plan", p -> check.plan(), this::onPlan, t -> notice.set(""));
    }

    private void onPlan(DailyWatchCheck.Plan plan) {
        switch (plan.decision()) {
            case OFF, NOT_DUE -> notice.set("");
            case DEMO -> notice.set(Messages.get("daily.skipped.demo"));
            case NO_WATCHLIST -> notice.set(Messages.get("daily.skipped.empty"));
            case FAILED -> notice.set(Messages.get("daily.failed"));
            case NO_CREDITS -> notice.set(Messages.format("daily.skipped.credits", plan.credits(), plan.left()));
            case RUN -> run(plan);
        }
    }

    private void run(DailyWatchCheck.Plan plan) {
        notice.set(Messages.format("daily.running", plan.keywords().size(), plan.credits(), plan.left()));
        runner.run("daily-check", p -> check.run(plan, new BatchListener() { }, new BatchCancellation()), r -> {
            int counted = r.check() == null ? 0 : r.check().checks().size();
            if (r.check() != null && r.check().fetch() != null && r.check().fetch().failure() != null
                    && counted == 0) {
                notice.set(Messages.get("daily.failed"));
                return;
            }
            int spent = r.check() == null || r.check().fetch() == null ? 0 : r.check().fetch().calls();
            notice.set(Messages.format("daily.done", counted, spent));
            afterCheck.run();
        }, t -> notice.set(Messages.get("daily.failed")));
    }

    /** What the check did or why it did nothing; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
