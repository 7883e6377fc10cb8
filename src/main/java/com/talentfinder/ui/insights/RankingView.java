package com.talentfinder.ui.insights;

import com.talentfinder.insights.Factor;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The ranking panel: weights (slider + number per factor), presets, target, formula; ranked list; "why 82". */
final class RankingView extends BorderPane {

    final TableView<RankingScore.Ranked> table = new TableView<>();
    final ComboBox<RankingPreset> presets = new ComboBox<>();

    RankingView(RankingViewModel vm) {
        getStyleClass().add("insights-page");
        setLeft(weightsPanel(vm));
        table.setItems(vm.ranked());
        table.setPlaceholder(new Label(Messages.get("insights.ranking.empty")));
        TableColumn<RankingScore.Ranked, String> name = FigureColumns.text("insights.ranking.col.name",
                r -> r.freelancer().name(), 190);
        TableColumn<RankingScore.Ranked, String> country = FigureColumns.text("insights.col.country",
                r -> r.freelancer().country() == null ? "" : r.freelancer().country(), 120);
        TableColumn<RankingScore.Ranked, java.math.BigDecimal> score = FigureColumns.figure(
                "insights.ranking.col.score", r -> r.breakdown().score());
        table.getColumns().addAll(java.util.List.of(name, country, score));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        setCenter(table);
        setRight(whyPanel(vm));
    }

    private VBox weightsPanel(RankingViewModel vm) {
        presets.setItems(vm.presets());
        presets.setId("rankingPresets");
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(RankingPreset p) {
                if (p == null) {
                    return Messages.get("insights.ranking.preset.custom");
                }
                return p.isBuiltIn() ? InsightsText.dynamic("insights.ranking.preset.", p.id()) : p.userName();
            }

            @Override
            public RankingPreset fromString(String s) {
                return null;
            }
        });
        presets.setPromptText(Messages.get("insights.ranking.preset.custom"));
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        Label presetLabel = new Label(Messages.get("insights.ranking.preset"));
        presetLabel.setLabelFor(presets);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(130),
                new ColumnConstraints(78));
        int row = 0;
        for (Factor f : Factor.values()) {
            IntegerProperty w = vm.weightProperty(f);
            Label l = new Label(RankingViewModel.factorName(f));
            Slider slider = new Slider(0, 100, w.get());
            slider.setBlockIncrement(5);
            slider.setMajorTickUnit(25);
            slider.valueProperty().addListener((o, a, b) -> w.set((int) Math.round(b.doubleValue())));
            Spinner<Integer> number = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, w.get(), 5));
            number.setEditable(true);
            number.setId("weight-" + f.code());
            number.getValueFactory().valueProperty().addListener((o, a, b) -> w.set(b == null ? 0 : b));
            w.addListener((o, a, b) -> {
                slider.setValue(b.intValue());
                number.getValueFactory().setValue(b.intValue());
            });
            l.setLabelFor(number);
            slider.setAccessibleText(l.getText());
            grid.addRow(row++, l, slider, number);
        }
        TextField target = new TextField();
        target.textProperty().bindBidirectional(vm.targetRateProperty());
        target.setPrefColumnCount(6);
        TextField currency = new TextField();
        currency.textProperty().bindBidirectional(vm.targetCurrencyProperty());
        currency.setPrefColumnCount(4);
        Label targetLabel = new Label(Messages.get("insights.ranking.target"));
        targetLabel.setLabelFor(target);
        TextField skills = new TextField();
        skills.setPromptText(Messages.get("insights.ranking.skills.prompt"));
        skills.textProperty().bindBidirectional(vm.skillsProperty());
        Label skillsLabel = new Label(Messages.get("insights.ranking.skills"));
        skillsLabel.setLabelFor(skills);
        Label error = new Label();
        error.getStyleClass().add("insights-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Label formula = new Label(vm.formula());
        formula.getStyleClass().add("insights-formula");
        formula.setWrapText(true);
        Label heading = new Label(Messages.get("insights.ranking.weights"));
        heading.getStyleClass().add("insights-title");
        VBox panel = new VBox(8, new HBox(8, presetLabel, presets, deleteButton(vm)), savePresetRow(vm),
                presetNotice(vm), heading, grid,
                new HBox(6, targetLabel, target, currency), skillsLabel, skills, error, formula);
        panel.getStyleClass().add("insights-side");
        panel.setPrefWidth(390);
        panel.setMaxWidth(390);
        return panel;
    }

    /** "Save as [name] [Save]": the weights as they are, under a name; it becomes the preset in use. */
    private static HBox savePresetRow(RankingViewModel vm) {
        TextField name = new TextField();
        name.setId("presetName");
        name.setPromptText(Messages.get("ranking.presets.name.prompt"));
        name.textProperty().bindBidirectional(vm.presetNameProperty());
        name.setPrefColumnCount(12);
        name.setOnAction(e -> vm.savePreset());
        Label label = new Label(Messages.get("ranking.presets.saveAs"));
        label.setLabelFor(name);
        Button save = new Button(Messages.get("ranking.presets.save"));
        save.setId("savePreset");
        save.setOnAction(e -> vm.savePreset());
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.presetNameProperty().get() == null || vm.presetNameProperty().get().isBlank(),
                vm.presetNameProperty()));
        HBox row = new HBox(8, label, name, save);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return row;
    }

    private static Button deleteButton(RankingViewModel vm) {
        Button delete = new Button(Messages.get("ranking.presets.delete"));
        delete.setId("deletePreset");
        delete.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ranking.presets.delete.tooltip")));
        delete.disableProperty().bind(vm.canDeleteProperty().not());
        delete.setOnAction(e -> vm.deletePreset());
        return delete;
    }

    private static Label presetNotice(RankingViewModel vm) {
        Label notice = new Label();
        notice.setId("presetNotice");
        notice.getStyleClass().add("insights-formula");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.presetNoticeProperty());
        notice.managedProperty().bind(vm.presetNoticeProperty().isNotEmpty());
        return notice;
    }

    private ScrollPane whyPanel(RankingViewModel vm) {
        Label headline = new Label();
        headline.getStyleClass().add("insights-title");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setWrapText(true);
        VBox lines = new VBox();
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (String line : vm.why()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("why-line");
                lines.getChildren().add(l);
            }
        };
        vm.why().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        Label spread = new Label();
        spread.getStyleClass().add("insights-spread");
        spread.textProperty().bind(vm.spreadNoteProperty());
        spread.setWrapText(true);
        spread.visibleProperty().bind(Bindings.isNotEmpty(vm.spreadNoteProperty()));
        VBox box = new VBox(8, headline, lines, spread);
        VBox.setVgrow(lines, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setPrefWidth(360);
        box.getStyleClass().add("insights-why");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPrefWidth(370);
        return scroll;
    }
}
