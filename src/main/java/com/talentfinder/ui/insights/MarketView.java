package com.talentfinder.ui.insights;

import com.talentfinder.insights.MarketReport;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The market-rate report: keywords, run bar, save / open / export, a box plot comparing keywords, the table. */
final class MarketView extends BorderPane {

    final TextField keywords = new TextField();
    final BoxPlot plot = new BoxPlot();
    final TableView<MarketReport.Row> table = new TableView<>();
    final VBox card;

    MarketView(MarketViewModel vm, FileAsker files, RatesView.ChartSaver saver) {
        getStyleClass().add("insights-page");
        keywords.setPromptText(Messages.get("insights.market.keywords.prompt"));
        keywords.textProperty().bindBidirectional(vm.keywordsProperty());
        keywords.setPrefColumnCount(26);
        keywords.setOnAction(e -> vm.start());
        RunBar bar = new RunBar(keywords, vm.pagesProperty(), "insights.market.start", vm::start, vm::cancel,
                vm.costProperty(), vm.runState().runningProperty(), vm.runState().progressProperty(), vm.runState().statusProperty(),
                vm.runState().errorProperty());

        Label title = new Label();
        title.getStyleClass().add("insights-title");
        title.textProperty().bind(vm.titleProperty());
        TextField name = new TextField();
        name.setPromptText(Messages.get("insights.market.save.prompt"));
        name.setPrefColumnCount(14);
        Button save = new Button(Messages.get("insights.market.save"));
        save.setOnAction(e -> vm.save(name.getText()));
        ComboBox<InsightsPort.SavedReport> savedBox = new ComboBox<>(vm.savedReports());
        savedBox.setPromptText(Messages.get("insights.market.savedReports"));
        savedBox.setCellFactory(l -> new SavedCell());
        savedBox.setButtonCell(new SavedCell());
        Button open = new Button(Messages.get("insights.market.open"));
        open.setOnAction(e -> vm.open(savedBox.getValue()));
        open.disableProperty().bind(savedBox.valueProperty().isNull());
        Button csv = new Button(Messages.get("insights.market.exportCsv"));
        Label exportLabel = new Label(Messages.get("insights.market.export"));
        csv.setOnAction(e -> vm.export(InsightsPort.ExportFormat.CSV, files.askSave("market-report.csv", "csv")));
        Button xlsx = new Button(Messages.get("insights.market.exportXlsx"));
        xlsx.setOnAction(e -> vm.export(InsightsPort.ExportFormat.XLSX,
                files.askSave("market-report.xlsx", "xlsx")));
        card = new VBox(6);
        Button png = new Button(Messages.get("insights.market.exportPng"));
        png.setOnAction(e -> saver.save(card, "market-report.png"));
        for (Button b : List.of(save, csv, xlsx, png)) {
            b.disableProperty().bind(vm.reportProperty().isNull());
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        savedBox.setPrefWidth(260);
        HBox actions = new HBox(8, title, grow, name, save, new Separator(Orientation.VERTICAL), savedBox, open);
        HBox exports = new HBox(6, exportLabel, csv, xlsx, png);
        exports.setAlignment(Pos.CENTER_LEFT);
        bar.addRight(exports);
        actions.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(6, bar, actions));

        Label legend = new Label(Messages.get("insights.chart.legend"));
        legend.getStyleClass().add("insights-legend");
        legend.setWrapText(true);
        card.getChildren().addAll(RatesView.caveatLabel(vm.caveatProperty()), plot, legend);
        card.getStyleClass().add("chart-card");
        vm.rows().addListener((ListChangeListener<MarketReport.Row>) c -> showChart(vm.rows()));
        ScrollPane chartScroll = new ScrollPane(card);
        chartScroll.setFitToWidth(true);

        table.getColumns().add(FigureColumns.text("insights.col.keyword", MarketReport.Row::keyword, 120));
        table.getColumns().add(FigureColumns.text("insights.col.currency",
                r -> r.currency() == null ? "–" : r.currency(), 80));
        TableColumn<MarketReport.Row, String> offering = FigureColumns.text("insights.col.offering",
                r -> NumberFormat.getIntegerInstance(Messages.LOCALE).format(r.totalResults()), 150);
        offering.setComparator((a, b) -> Long.compare(parse(a), parse(b)));
        table.getColumns().add(offering);
        TableColumn<MarketReport.Row, BigDecimal> top = FigureColumns.figure("insights.col.topRated",
                r -> percent(r.topRatedShare()));
        top.setPrefWidth(150);
        table.getColumns().add(top);
        table.getColumns().addAll(FigureColumns.all(MarketReport.Row::stats));
        table.setItems(vm.rows());
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(Messages.get("insights.market.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SplitPane split = new SplitPane(chartScroll, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    private void showChart(List<MarketReport.Row> rows) {
        List<BoxPlot.Row> plotRows = rows.stream().filter(r -> r.currency() != null)
                .map(r -> new BoxPlot.Row(r.keyword() + " · " + r.currency(), r.stats())).toList();
        List<String> currencies = rows.stream().map(MarketReport.Row::currency).filter(c -> c != null)
                .distinct().toList();
        plot.setRows(plotRows, currencies.size() == 1
                ? Messages.format("insights.chart.rateAxis", currencies.get(0))
                : Messages.get("insights.chart.rateAxisMixed"));
    }

    /** A share 0..1 as percent (one decimal). */
    static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static long parse(String formatted) {
        return Long.parseLong(formatted.replace(",", ""));
    }

    private static final class SavedCell extends ListCell<InsightsPort.SavedReport> {
        @Override
        protected void updateItem(InsightsPort.SavedReport r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.name() + " (" + InsightsText.DAY.format(
                    r.savedAt().atZone(java.time.ZoneId.systemDefault())) + ")");
        }
    }
}
