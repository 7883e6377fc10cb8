package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.RateGroup;
import com.talentfinder.insights.RatesByLocation;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.RunState;
import java.time.ZoneId;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Rates by location: the query and page count, the cost before starting, the run with progress and Cancel
 * (which keeps what was fetched), and the groups for the box plot and the table.
 */
public final class RatesViewModel {

    public static final int DEFAULT_PAGES = 3;
    public static final int MAX_PAGES = 10;

    private final InsightsPort port;
    private final TaskRunner runner;
    private final ZoneId zone;

    // Properties //
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty pages = new SimpleIntegerProperty(DEFAULT_PAGES);
    private final StringProperty cost = new SimpleStringProperty("");
    private final RunState run = new RunState(null);
    private final StringProperty caveat = new SimpleStringProperty("");
    private final ObjectProperty<RatesByLocation> result = new SimpleObjectProperty<>();
    private final ObservableList<RateGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<RateGroup> chartGroups = FXCollections.observableArrayList();
    private final ObservableList<Freelancer> fetched = FXCollections.observableArrayList();

    public RatesViewModel(InsightsPort port, TaskRunner runner, ZoneId zone) {
        this.port = port;
        this.runner = runner;
        this.zone = zone;
        query.addListener((o, a, b) -> refreshCost());
        pages.addListener((o, a, b) -> {
            int clamped = Math.max(1, Math.min(MAX_PAGES, b.intValue()));
            if (clamped != b.intValue()) {
                pages.set(clamped);
            } else {
                refreshCost();
            }
        });
        refreshCost();
    }

    // Commands //

    /** Starts fetching (does nothing with a blank query or while running). */
    public void start() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            run.error(Messages.get("insights.rates.noQuery"));
            return;
        }
        int n = pages.get();
        if (!run.begin(Messages.format("insights.progress.pages", 0, n))) {
            return;
        }
        run.started(runner.run("insights-rates", p -> port.fetchRates(q, n, new InsightsPort.Progress() {
            @Override
            public void update(int done, int total) {
                p.update(done, total, Messages.format("insights.progress.pages", done, total));
            }

            @Override
            public boolean isCancelled() {
                return run.cancelRequested() || p.isCancelled();
            }
        }), this::show, this::failed, run.progressListener()));
    }

    /** Stops after the page in flight; the pages fetched so far are kept and shown. */
    public void cancel() {
        run.cancel();
    }

    void dispose() {
        run.dispose();
    }

    private void show(InsightsPort.RatesFetch fetch) {
        RatesByLocation rates = RatesByLocation.of(fetch.freelancers());
        result.set(rates);
        groups.setAll(rates.groups());
        chartGroups.setAll(rates.forChart());
        fetched.setAll(fetch.freelancers());
        caveat.set(InsightsText.caveat(fetch.window(), zone));
        String summary = Messages.format("insights.rates.summary", rates.included(), fetch.pagesFetched(),
                rates.excluded());
        run.finished();
        run.status(fetch.cancelled() ? Messages.format("insights.rates.cancelled", summary) : summary);
    }

    private void failed(Throwable t) {
        run.failed(Messages.get("insights.error.fetch"));
        run.status("");
    }

    private void refreshCost() {
        String q = query.get() == null ? "" : query.get().strip();
        cost.set(q.isEmpty() ? "" : InsightsText.cost(port.ratesCost(q, pages.get())));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    public ReadOnlyStringProperty costProperty() {
        return cost;
    }

    /** The run: whether it is under way, its progress, status line and error sentence. */
    public RunState runState() {
        return run;
    }

    public ReadOnlyStringProperty caveatProperty() {
        return caveat;
    }

    public ReadOnlyObjectProperty<RatesByLocation> resultProperty() {
        return result;
    }

    /** Every (country, currency) group, for the table. */
    public ObservableList<RateGroup> groups() {
        return groups;
    }

    /** The 15 largest groups and "Other countries", for the box plot. */
    public ObservableList<RateGroup> chartGroups() {
        return chartGroups;
    }

    /** The freelancers of the last run, for the ranking panel. */
    public ObservableList<Freelancer> fetched() {
        return fetched;
    }
}
