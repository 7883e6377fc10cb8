package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.RateGroup;
import com.talentfinder.insights.RatesByLocation;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty caveat = new SimpleStringProperty("");
    private final ObjectProperty<RatesByLocation> result = new SimpleObjectProperty<>();
    private final ObservableList<RateGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<RateGroup> chartGroups = FXCollections.observableArrayList();
    private final ObservableList<Freelancer> fetched = FXCollections.observableArrayList();

    private volatile boolean cancelRequested;
    private TaskRunner.Handle handle;

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
            error.set(Messages.get("insights.rates.noQuery"));
            return;
        }
        if (running.get()) {
            return;
        }
        error.set(null);
        cancelRequested = false;
        running.set(true);
        progress.set(0);
        int n = pages.get();
        status.set(Messages.format("insights.progress.pages", 0, n));
        handle = runner.run("insights-rates", p -> port.fetchRates(q, n, new InsightsPort.Progress() {
            @Override
            public void update(int done, int total) {
                p.update(done, total, Messages.format("insights.progress.pages", done, total));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested || p.isCancelled();
            }
        }), this::show, this::failed, (fraction, message) -> {
            if (fraction >= 0) {
                progress.set(fraction);
            }
            if (message != null) {
                status.set(message);
            }
        });
    }

    /** Stops after the page in flight; the pages fetched so far are kept and shown. */
    public void cancel() {
        cancelRequested = true;
    }

    void dispose() {
        cancelRequested = true;
        if (handle != null) {
            handle.cancel();
        }
    }

    private void show(InsightsPort.RatesFetch fetch) {
        running.set(false);
        RatesByLocation rates = RatesByLocation.of(fetch.freelancers());
        result.set(rates);
        groups.setAll(rates.groups());
        chartGroups.setAll(rates.forChart());
        fetched.setAll(fetch.freelancers());
        caveat.set(InsightsText.caveat(fetch.window(), zone));
        String summary = Messages.format("insights.rates.summary", rates.included(), fetch.pagesFetched(),
                rates.excluded());
        status.set(fetch.cancelled() ? Messages.format("insights.rates.cancelled", summary) : summary);
        progress.set(1);
    }

    private void failed(Throwable t) {
        running.set(false);
        error.set(Messages.get("insights.error.fetch"));
        status.set("");
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
