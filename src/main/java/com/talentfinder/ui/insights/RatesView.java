package com.talentfinder.ui.insights;

import com.talentfinder.insights.RateGroup;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Rates by location: the run bar, the box plot per country (with caveat and legend) and the sortable table. */
final class RatesView extends BorderPane {

    final TextField query = new TextField();
    final BoxPlot plot = new BoxPlot();
    final TableView<RateGroup> table = new TableView<>();
    final VBox card;
    final RunBar bar;
    final Button png = new Button(Messages.get("insights.chart.savePng"));

    RatesView(RatesViewModel vm, ChartSaver saver) {
        getStyleClass().add("insights-page");
        query.setPromptText(Messages.get("insights.rates.query.prompt"));
        query.getStyleClass().add(StyleClasses.SCREEN_FIND); // Ctrl+F on this screen
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setPrefColumnCount(22);
        query.setOnAction(e -> vm.start());
        bar = new RunBar(query, vm.pagesProperty(), "insights.rates.start", vm::start, vm::cancel,
                vm.costProperty(), vm.runState().runningProperty(), vm.runState().progressProperty(), vm.runState().statusProperty(),
                vm.runState().errorProperty());
        setTop(bar);

        Label caveat = caveatLabel(vm.caveatProperty());
        Label legend = new Label(Messages.get("insights.chart.legend"));
        legend.getStyleClass().add("insights-legend");
        legend.setWrapText(true);
        card = new VBox(6, caveat, plot, legend);
        card.getStyleClass().add("chart-card");
        vm.chartGroups().addListener((ListChangeListener<RateGroup>) c -> showChart(vm.chartGroups()));
        png.setOnAction(e -> saver.save(card, "rates-by-location.png"));
        png.disableProperty().bind(vm.resultProperty().isNull());
        ScrollPane chartScroll = new ScrollPane(card);
        chartScroll.setFitToWidth(true);
        // The card fills the visible part and the plot's rows shrink to fit it, so the x-axis stays in view; the
        // scroll bar appears only below the plot's least height.
        chartScroll.setFitToHeight(true);
        VBox.setVgrow(plot, javafx.scene.layout.Priority.ALWAYS);

        table.getColumns().add(FigureColumns.text("insights.col.country",
                (RateGroup g) -> InsightsText.location(g.key()), 190));
        table.getColumns().add(FigureColumns.text("insights.col.currency", (RateGroup g) -> g.key().currency(), 80));
        table.getColumns().addAll(FigureColumns.all(RateGroup::stats));
        table.setItems(vm.groups());
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(Messages.get("insights.rates.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        bar.addRight(png);
        SplitPane split = new SplitPane(chartScroll, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        setCenter(split);
    }

    private void showChart(List<RateGroup> groups) {
        List<BoxPlot.Row> rows = groups.stream()
                .map(g -> new BoxPlot.Row(InsightsText.location(g.key()) + " · " + g.key().currency(), g.stats()))
                .toList();
        List<String> currencies = groups.stream().map(g -> g.key().currency()).distinct().toList();
        plot.setRows(rows, currencies.size() == 1
                ? Messages.format("insights.chart.rateAxis", currencies.get(0))
                : Messages.get("insights.chart.rateAxisMixed"));
    }

    static Label caveatLabel(javafx.beans.value.ObservableValue<String> text) {
        Label caveat = new Label();
        caveat.getStyleClass().add("insights-caveat");
        caveat.textProperty().bind(text);
        caveat.setWrapText(true);
        return caveat;
    }

    /** Saves a chart card as PNG (asks where first). */
    @FunctionalInterface
    interface ChartSaver {
        void save(javafx.scene.Node card, String suggestedName);
    }
}
