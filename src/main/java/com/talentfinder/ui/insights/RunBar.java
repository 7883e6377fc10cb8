package com.talentfinder.ui.insights;

import com.talentfinder.ui.Messages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The row every fetch shares: the input, pages, the cost shown before starting, Start, progress and Cancel. */
final class RunBar extends VBox {

    final Button start;
    final Button cancel;
    final Label costLabel = new Label();
    private final HBox row;

    RunBar(Node input, IntegerProperty pages, String startKey, Runnable onStart, Runnable onCancel,
           ReadOnlyStringProperty cost, ReadOnlyBooleanProperty running, ReadOnlyDoubleProperty progress,
           ReadOnlyStringProperty status, ReadOnlyStringProperty error) {
        getStyleClass().add("insights-run-bar");
        Spinner<Integer> pageSpinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, RatesViewModel.MAX_PAGES, pages.get());
        pageSpinner.setValueFactory(f);
        pageSpinner.setEditable(true);
        pageSpinner.setPrefWidth(80);
        f.valueProperty().addListener((o, a, b) -> pages.set(b == null ? 1 : b));
        pages.addListener((o, a, b) -> f.setValue(b.intValue()));
        Label pagesLabel = new Label(Messages.get("insights.rates.pages"));
        pagesLabel.setLabelFor(pageSpinner);
        costLabel.getStyleClass().add("insights-cost");
        costLabel.textProperty().bind(cost);
        start = new Button(Messages.get(startKey));
        start.setDefaultButton(true);
        start.setOnAction(e -> onStart.run());
        start.disableProperty().bind(running);
        cancel = new Button(Messages.get("insights.cancel"));
        cancel.setOnAction(e -> onCancel.run());
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        bar.setPrefWidth(140);
        row = new HBox(8, input, pagesLabel, pageSpinner, start, costLabel, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label statusLabel = new Label();
        statusLabel.getStyleClass().add("insights-status");
        statusLabel.textProperty().bind(status);
        Label errorLabel = new Label();
        errorLabel.getStyleClass().add("insights-error");
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setWrapText(true);
        getChildren().addAll(row, statusLabel, errorLabel);
        setSpacing(4);
    }

    /** Puts {@code node} at the right end of the first row. */
    void addRight(Node node) {
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        row.getChildren().addAll(grow, node);
    }
}
