package com.talentfinder.ui.insights;

import com.talentfinder.insights.MarketReport;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.RunState;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
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
 * The market-rate report over a list of keywords: cost before starting, run with progress and Cancel, the rows
 * per keyword and currency, saving under a name, reopening a saved report (no credits) and exporting.
 */
public final class MarketViewModel {

    private final InsightsPort port;
    private final TaskRunner runner;
    private final ZoneId zone;

    // Properties //
    private final StringProperty keywords = new SimpleStringProperty("");
    private final IntegerProperty pages = new SimpleIntegerProperty(1);
    private final StringProperty cost = new SimpleStringProperty("");
    private final RunState run = new RunState(null);
    private final StringProperty caveat = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<InsightsPort.MarketFetch> report = new SimpleObjectProperty<>();
    private final ObservableList<MarketReport.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<InsightsPort.SavedReport> saved = FXCollections.observableArrayList();

    public MarketViewModel(InsightsPort port, TaskRunner runner, ZoneId zone) {
        this.port = port;
        this.runner = runner;
        this.zone = zone;
        keywords.addListener((o, a, b) -> refreshCost());
        pages.addListener((o, a, b) -> {
            int clamped = Math.max(1, Math.min(RatesViewModel.MAX_PAGES, b.intValue()));
            if (clamped != b.intValue()) {
                pages.set(clamped);
            } else {
                refreshCost();
            }
        });
    }

    // Commands //

    public void start() {
        List<String> list = InsightsText.keywords(keywords.get());
        if (list.isEmpty()) {
            run.error(Messages.get("insights.market.noKeywords"));
            return;
        }
        if (!run.begin(null)) {
            return;
        }
        int n = pages.get();
        run.started(runner.run("insights-market", p -> port.fetchMarket(list, n, new InsightsPort.Progress() {
            @Override
            public void update(int done, int total) {
                p.update(done, total, Messages.format("insights.progress.pages", done, total));
            }

            @Override
            public boolean isCancelled() {
                return run.cancelRequested() || p.isCancelled();
            }
        }), fetch -> {
            run.finished();
            show(fetch, Messages.get("insights.market.title.new"));
            run.status(fetch.cancelled() ? Messages.get("insights.market.cancelled") : "");
        }, t -> run.failed(Messages.get("insights.error.fetch")), run.progressListener()));
    }

    public void cancel() {
        run.cancel();
    }

    /** Saves the report shown under {@code name} (blank names are refused with a sentence). */
    public void save(String name) {
        InsightsPort.MarketFetch shown = report.get();
        if (shown == null) {
            return;
        }
        if (name == null || name.isBlank()) {
            run.error(Messages.get("insights.market.noName"));
            return;
        }
        String clean = name.strip();
        runner.run("insights-save", p -> port.saveReport(clean, shown), r -> {
            run.error(null);
            title.set(r.name());
            run.status(Messages.format("insights.market.saved", r.name()));
            reloadSaved();
        }, t -> run.error(Messages.get("insights.error.save")));
    }

    public void reloadSaved() {
        runner.run("insights-saved", p -> port.savedReports(), saved::setAll,
                t -> run.error(Messages.get("insights.error.load")));
    }

    /** Shows a saved report as it was saved; spends nothing. */
    public void open(InsightsPort.SavedReport which) {
        if (which == null) {
            return;
        }
        runner.run("insights-open", p -> port.openReport(which.id()), fetch -> {
            run.error(null);
            show(fetch, which.name());
            run.status(Messages.format("insights.market.opened", which.name(),
                    InsightsText.DAY.format(which.savedAt().atZone(zone))));
        }, t -> run.error(Messages.get("insights.error.load")));
    }

    /** Writes the report shown to {@code file}; {@code file} null (dialog cancelled) does nothing. */
    public void export(InsightsPort.ExportFormat format, Path file) {
        InsightsPort.MarketFetch shown = report.get();
        if (shown == null || file == null) {
            return;
        }
        runner.run("insights-export", p -> {
            port.exportReport(shown, format, file);
            return file;
        }, f -> run.status(Messages.format("insights.export.done", f.getFileName())),
                t -> run.error(Messages.get("insights.error.export")));
    }

    void dispose() {
        run.dispose();
    }

    private void show(InsightsPort.MarketFetch fetch, String name) {
        report.set(fetch);
        rows.setAll(fetch.report().rows());
        caveat.set(InsightsText.caveat(fetch.window(), zone));
        title.set(name);
        run.progress(1);
    }

    private void refreshCost() {
        List<String> list = InsightsText.keywords(keywords.get());
        cost.set(list.isEmpty() ? "" : InsightsText.cost(port.marketCost(list, pages.get())));
    }

    public StringProperty keywordsProperty() {
        return keywords;
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

    /** "New report" or the saved report's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<InsightsPort.MarketFetch> reportProperty() {
        return report;
    }

    public ObservableList<MarketReport.Row> rows() {
        return rows;
    }

    public ObservableList<InsightsPort.SavedReport> savedReports() {
        return saved;
    }
}
