package com.talentfinder.ui.saved;

import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchProgress;
import com.talentfinder.app.saved.RunOutcome;
import com.talentfinder.app.saved.SavedSearch;
import com.talentfinder.app.saved.SavedSearchSummary;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.ApiErrorText;
import com.talentfinder.ui.common.RunState;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved-searches screen: the list (name, query, last run, "3 new since Monday"), the selected search's cost
 * before a run, the run with progress and Cancel, Delete, the latest run's results with their New marks, and the
 * check at start's options.
 */
public final class SavedSearchesViewModel {

    /**
     * A row of the list, worded: {@code detail} is the second line under the name ("Last run today 13:06 ·
     * 10 new (first run)", or "Not run yet").
     */
    public record Row(SavedSearch search, String name, String query, String lastRun, String newSince, String detail) {
    }

    /** A result of the latest run. */
    public record ResultRow(Freelancer freelancer, boolean isNew) {
    }

    private final SavedSearches saved;
    private final TaskRunner runner;
    private final Clock clock;

    // Properties //
    private final ObservableList<Row> searches = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<Freelancer> selectedResult = new SimpleObjectProperty<>();
    private final StringProperty cost = new SimpleStringProperty("");
    private final RunState run = new RunState("");
    private final BooleanProperty checkAtStart = new SimpleBooleanProperty();
    private final IntegerProperty checkBudget = new SimpleIntegerProperty(SavedSearches.DEFAULT_CHECK_BUDGET);

    private BatchCancellation cancellation;
    private boolean loadingOptions;

    public SavedSearchesViewModel(SavedSearches saved, TaskRunner runner, Clock clock) {
        this.saved = saved;
        this.runner = runner;
        this.clock = clock;
        selected.addListener((o, was, now) -> showSelected());
        checkAtStart.addListener((o, a, b) -> saveOptions());
        checkBudget.addListener((o, a, b) -> saveOptions());
    }

    // Commands //

    /** Reads the list and the options again, keeping the selection by name. */
    public void reload() {
        String keep = selected.get() == null ? null : selected.get().name();
        runner.run("saved-list", p -> saved.list(), list -> {
            searches.setAll(list.stream().map(this::row).toList());
            Row again = keep == null ? null
                    : searches.stream().filter(r -> r.name().equalsIgnoreCase(keep)).findFirst().orElse(null);
            if (again == null && !searches.isEmpty()) {
                again = searches.get(0);
            }
            Row old = selected.get();
            selected.set(again);
            if (again != null && again.equals(old)) {
                showSelected();
            }
        }, this::failed);
        loadingOptions = true;
        try {
            SavedSearches.CheckAtStart check = saved.checkAtStart();
            checkAtStart.set(check.enabled());
            checkBudget.set(check.creditBudget());
        } finally {
            loadingOptions = false;
        }
    }

    /** Runs the selected search (asks the service afresh); its cost is shown before. */
    public void run() {
        Row row = selected.get();
        if (row == null || !run.begin(Messages.format("saved.run.progress", 0, row.search().pages()))) {
            return;
        }
        BatchCancellation cancel = new BatchCancellation();
        cancellation = cancel;
        run.started(runner.run("saved-run", p -> saved.run(row.search(), new BatchListener() {
            @Override
            public void onProgress(BatchProgress b) {
                p.update(b.done(), b.total(), Messages.format("saved.run.progress", b.done(), b.total()));
            }
        }, cancel), this::finished, this::failed, run.progressListener()));
    }

    /** Stops after the page in flight; what was fetched is kept and recorded. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    /** Deletes the selected search with its runs. */
    public void delete() {
        Row row = selected.get();
        if (row == null || run.isRunning()) {
            return;
        }
        runner.run("saved-delete", p -> saved.delete(row.search().name()), done -> {
            selected.set(null);
            reload();
        }, this::failed);
    }

    /** The check at start: runs the searches not run for a week within the budget; does nothing when off. */
    public void checkDue() {
        if (!saved.checkAtStart().enabled() || !run.begin(Messages.get("saved.check.running"))) {
            return;
        }
        BatchCancellation cancel = new BatchCancellation();
        cancellation = cancel;
        run.started(runner.run("saved-check", p -> saved.runDue(BatchListener.NONE, cancel), report -> {
            run.finished();
            int fresh = report.runs().stream().mapToInt(r -> r.newIds().size()).sum();
            run.status(report.runs().isEmpty() && report.skipped().isEmpty() ? ""
                    : Messages.format("saved.check.done", report.runs().size(), fresh, report.calls(),
                            report.skipped().size()));
            reload();
        }, this::failed));
    }

    void dispose() {
        cancel();
        run.dispose();
    }

    private void finished(RunOutcome r) {
        run.finished();
        if (r.ending() == RunOutcome.Ending.FAILED) {
            run.error(ApiErrorText.of(r.failure()));
        }
        String summary = Messages.format("saved.run.done", r.newIds().size(), r.seenBefore(), r.pagesFetched(),
                r.calls());
        run.status(switch (r.ending()) {
            case NOTHING_NEW -> summary + " " + Messages.get("saved.run.stoppedNothingNew");
            case CANCELLED -> summary + " " + Messages.get("saved.run.cancelled");
            default -> summary;
        });
        reload();
    }

    private void failed(Throwable t) {
        run.failed(Messages.get("saved.error.store"));
    }

    private void showSelected() {
        Row row = selected.get();
        selectedResult.set(null);
        if (row == null) {
            results.clear();
            cost.set("");
            return;
        }
        SavedSearch s = row.search();
        runner.run("saved-results", p -> new Shown(saved.latestResults(s), saved.estimate(s), saved.demo()), shown -> {
            if (selected.get() != row) {
                return;
            }
            results.setAll(shown.results().stream().map(r -> new ResultRow(r.freelancer(), r.isNew())).toList());
            cost.set(SavedText.cost(shown.cost(), shown.demo(), s.stopWhenNothingNew()));
        }, this::failed);
    }

    private record Shown(List<SavedSearches.Result> results, BatchEstimate cost, boolean demo) {
    }

    private void saveOptions() {
        if (loadingOptions) {
            return;
        }
        boolean on = checkAtStart.get();
        int budget = Math.max(0, checkBudget.get());
        runner.run("saved-options", p -> {
            saved.setCheckAtStart(new SavedSearches.CheckAtStart(on, budget));
            return true;
        }, ok -> { }, this::failed);
    }

    private Row row(SavedSearchSummary s) {
        SavedSearch search = s.search();
        String lastRun = SavedText.when(s.lastRun() == null ? null : s.lastRun().ranAt(), clock);
        String newSince = SavedText.newSince(s, clock);
        String detail = s.lastRun() == null ? newSince : Messages.format("saved.row.detail", lastRun, newSince);
        return new Row(search, search.name(), search.query(), lastRun, newSince, detail);
    }

    // Properties //

    public ObservableList<Row> searches() {
        return searches;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    public ObjectProperty<Freelancer> selectedResultProperty() {
        return selectedResult;
    }

    public ReadOnlyStringProperty costProperty() {
        return cost;
    }

    /** The run: whether it is under way, its progress, status line and error sentence. */
    public RunState runState() {
        return run;
    }

    public BooleanProperty checkAtStartProperty() {
        return checkAtStart;
    }

    public IntegerProperty checkBudgetProperty() {
        return checkBudget;
    }
}
