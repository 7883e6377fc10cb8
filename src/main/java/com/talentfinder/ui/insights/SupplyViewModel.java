package com.talentfinder.ui.insights;

import com.talentfinder.insights.SkillSupply;
import com.talentfinder.insights.SupplyObservation;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Skill supply over time: the watchlist, one series per keyword ("freelancers offering X", not demand) with the
 * points where the way of counting changed, and "Check now" with its cost shown first.
 */
public final class SupplyViewModel {

    private final InsightsPort port;
    private final TaskRunner runner;

    // Properties //
    private final ObservableList<String> watchlist = FXCollections.observableArrayList();
    private final ObservableList<SkillSupply.Series> series = FXCollections.observableArrayList();
    private final StringProperty checkCost = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanProperty methodChanged = new SimpleBooleanProperty();

    private final BooleanProperty dailyCheck = new SimpleBooleanProperty(false);
    private final InsightsChoices choices;
    private boolean loadingChoice;

    public SupplyViewModel(InsightsPort port, TaskRunner runner) {
        this(port, runner, InsightsChoices.inMemory());
    }

    /** @param choices where "check my watchlist once a day at start" is kept */
    public SupplyViewModel(InsightsPort port, TaskRunner runner, InsightsChoices choices) {
        this.port = port;
        this.runner = runner;
        this.choices = choices;
        watchlist.addListener((ListChangeListener<String>) c -> refreshCost());
        dailyCheck.addListener((o, was, on) -> {
            if (!loadingChoice) {
                runner.run("insights-daily-choice", p -> {
                    choices.setDailyCheck(on);
                    return on;
                }, x -> { }, t -> error.set(Messages.get("insights.error.save")));
            }
        });
    }

    // Commands //

    /** Reads the watchlist and its observations, and the daily-check choice. */
    public void load() {
        runner.run("insights-daily-choice-load", p -> choices.dailyCheck(), on -> {
            loadingChoice = true;
            try {
                dailyCheck.set(on);
            } finally {
                loadingChoice = false;
            }
        }, t -> error.set(Messages.get("insights.error.load")));
        runner.run("insights-watchlist", p -> port.watchlist(), list -> {
            watchlist.setAll(list);
            reloadSeries();
        }, t -> error.set(Messages.get("insights.error.load")));
    }

    /** Adds a keyword (trimmed; blanks and repeats ignored) and saves the watchlist. */
    public void add(String keyword) {
        String k = keyword == null ? "" : keyword.strip();
        if (k.isEmpty() || watchlist.stream().anyMatch(w -> w.equalsIgnoreCase(k))) {
            return;
        }
        watchlist.add(k);
        saveAndReload();
    }

    public void remove(String keyword) {
        if (watchlist.remove(keyword)) {
            saveAndReload();
        }
    }

    /** One call per keyword ({@code per_page=1}); the cost was shown next to the button. */
    public void checkNow() {
        if (watchlist.isEmpty() || checking.get()) {
            return;
        }
        List<String> list = List.copyOf(watchlist);
        checking.set(true);
        runner.run("insights-check", p -> port.checkNow(list, new InsightsPort.Progress() {
            @Override
            public void update(int done, int total) {
                p.update(done, total, Messages.format("insights.progress.keywords", done, total));
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        }), added -> {
            checking.set(false);
            status.set(Messages.format("insights.supply.checked", added.size()));
            reloadSeries();
        }, t -> {
            checking.set(false);
            error.set(Messages.get("insights.error.fetch"));
        }, (fraction, message) -> status.set(message == null ? "" : message));
    }

    private void saveAndReload() {
        List<String> list = List.copyOf(watchlist);
        runner.run("insights-watchlist-save", p -> {
            port.saveWatchlist(list);
            return port.observations(list);
        }, this::showObservations, t -> error.set(Messages.get("insights.error.save")));
    }

    private void reloadSeries() {
        List<String> list = List.copyOf(watchlist);
        runner.run("insights-observations", p -> port.observations(list), this::showObservations,
                t -> error.set(Messages.get("insights.error.load")));
    }

    private void showObservations(List<SupplyObservation> observations) {
        error.set(null);
        List<SkillSupply.Series> all = SkillSupply.series(observations);
        List<SkillSupply.Series> shown = new ArrayList<>();
        for (String k : watchlist) {
            String key = SkillSupply.keyword(k);
            all.stream().filter(s -> s.keyword().equals(key)).findFirst()
                    .ifPresentOrElse(shown::add, () -> shown.add(new SkillSupply.Series(key, List.of())));
        }
        series.setAll(shown);
        methodChanged.set(shown.stream().anyMatch(SkillSupply.Series::hasMethodChange));
    }

    private void refreshCost() {
        checkCost.set(watchlist.isEmpty() ? "" : InsightsText.cost(port.checkCost(List.copyOf(watchlist))));
    }

    /** The label of a series: "freelancers offering wordpress". */
    static String seriesName(SkillSupply.Series s) {
        return Messages.format("insights.supply.offering", s.keyword().toLowerCase(Locale.ROOT));
    }

    public ObservableList<String> watchlist() {
        return watchlist;
    }

    /** "Check my watchlist once a day at start" (off unless turned on); saved as it changes. */
    public BooleanProperty dailyCheckProperty() {
        return dailyCheck;
    }

    public ObservableList<SkillSupply.Series> series() {
        return series;
    }

    public ReadOnlyStringProperty checkCostProperty() {
        return checkCost;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** True when some series was counted in two different ways (the chart marks where). */
    public ReadOnlyBooleanProperty methodChangedProperty() {
        return methodChanged;
    }
}
