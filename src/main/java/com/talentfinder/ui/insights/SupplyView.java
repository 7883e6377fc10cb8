package com.talentfinder.ui.insights;

import com.talentfinder.insights.SkillSupply;
import com.talentfinder.ui.Messages;
import java.time.Instant;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Skill supply: the watchlist, "Check now" with its cost, and a line per keyword over time. */
final class SupplyView extends BorderPane {

    private static final double DAY_SECONDS = 86_400;

    final ListView<String> list;
    final LineChart<Number, Number> chart;
    final VBox card;
    private final ZoneId zone;

    SupplyView(SupplyViewModel vm, ZoneId zone, RatesView.ChartSaver saver) {
        this.zone = zone;
        getStyleClass().add("insights-page");
        TextField keyword = new TextField();
        keyword.setPromptText(Messages.get("insights.supply.keyword.prompt"));
        Button add = new Button(Messages.get("insights.supply.add"));
        Runnable doAdd = () -> {
            vm.add(keyword.getText());
            keyword.clear();
        };
        add.setOnAction(e -> doAdd.run());
        keyword.setOnAction(e -> doAdd.run());
        list = new ListView<>(vm.watchlist());
        list.setPlaceholder(new Label(Messages.get("insights.supply.empty")));
        list.setPrefWidth(230);
        Button remove = new Button(Messages.get("insights.supply.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        HBox addRow = new HBox(6, keyword, add);
        HBox.setHgrow(keyword, Priority.ALWAYS);
        CheckBox daily = new CheckBox(Messages.get("insights.supply.daily"));
        daily.setId("dailyCheck");
        daily.setWrapText(true);
        daily.setTooltip(new Tooltip(Messages.get("insights.supply.daily.tooltip")));
        // Bidirectional bindings hold the other side weakly: a dropped view is not kept alive by the model.
        daily.selectedProperty().bindBidirectional(vm.dailyCheckProperty());
        VBox side = new VBox(8, addRow, list, remove, daily);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.getStyleClass().add("insights-side");
        setLeft(side);

        Button check = new Button(Messages.get("insights.supply.check"));
        check.setOnAction(e -> vm.checkNow());
        check.disableProperty().bind(vm.checkingProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.watchlist())));
        Label cost = new Label();
        cost.getStyleClass().add("insights-cost");
        cost.textProperty().bind(vm.checkCostProperty());
        Label status = new Label();
        status.getStyleClass().add("insights-status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.getStyleClass().add("insights-error");
        error.textProperty().bind(vm.errorProperty());
        Button png = new Button(Messages.get("insights.chart.savePng"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, check, cost, status, error, grow, png);
        top.setAlignment(Pos.CENTER_LEFT);

        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("insights.supply.timeAxis"));
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return InsightsText.DAY.format(Instant.ofEpochSecond((long) (n.doubleValue() * DAY_SECONDS))
                        .atZone(zone));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("insights.supply.countAxis"));
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(480);
        vm.series().addListener((ListChangeListener<SkillSupply.Series>) c -> show(vm));
        Label note = new Label(Messages.get("insights.supply.note"));
        note.setWrapText(true);
        note.getStyleClass().add("insights-caveat");
        Label changed = new Label(Messages.get("insights.supply.methodChange"));
        changed.setWrapText(true);
        changed.getStyleClass().add("insights-legend");
        changed.visibleProperty().bind(vm.methodChangedProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        card = new VBox(6, note, chart, changed);
        card.getStyleClass().add("chart-card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        png.setOnAction(e -> saver.save(card, "skill-supply.png"));
        VBox center = new VBox(8, top, card);
        VBox.setVgrow(card, Priority.ALWAYS);
        setCenter(center);
    }

    private void show(SupplyViewModel vm) {
        chart.getData().clear();
        for (SkillSupply.Series s : vm.series()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            String name = SupplyViewModel.seriesName(s);
            line.setName(name);
            for (SkillSupply.Point p : s.points()) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.time().getEpochSecond() / DAY_SECONDS,
                        p.totalResults());
                StackPane mark = new StackPane();
                mark.getStyleClass().add(p.methodChanged() ? "method-change-mark" : "supply-point");
                Tooltip.install(mark, new Tooltip(Messages.format(
                        p.methodChanged() ? "insights.supply.pointChanged" : "insights.supply.point", name,
                        p.totalResults(), InsightsText.DAY.format(p.time().atZone(zone)))));
                if (p.methodChanged()) {
                    javafx.scene.shape.Rectangle square = new javafx.scene.shape.Rectangle(13, 13);
                    square.getStyleClass().add("method-change-square");
                    mark.getChildren().add(square);
                    d.setNode(mark);
                }
                line.getData().add(d);
            }
            chart.getData().add(line);
        }
    }
}
