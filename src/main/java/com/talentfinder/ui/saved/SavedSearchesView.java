package com.talentfinder.ui.saved;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.KeepWhole;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.FreelancerFormat;
import com.talentfinder.ui.common.ResultFormats;
import com.talentfinder.ui.common.Subscriptions;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The saved-searches screen: the list of saved searches and the check-at-start options on the left; above, the
 * selected search's Run (cost first, progress, Cancel) and Delete; in the middle the latest run's results with
 * their New marks; on the right the selected result's profile.
 */
final class SavedSearchesView extends BorderPane {

    private final Subscriptions subs = new Subscriptions();
    private final SavedSearchesViewModel vm;
    final ListView<SavedSearchesViewModel.Row> searches = new ListView<>();
    final TableView<SavedSearchesViewModel.ResultRow> results = new TableView<>();
    final Button run = new Button(Messages.get("saved.run"), new FontIcon(MaterialDesignP.PLAY));

    SavedSearchesView(SavedSearchesViewModel vm, Node profilePane) {
        this.vm = vm;
        setId("savedSearchesScreen");
        getStyleClass().add("saved-screen");
        getStylesheets().add(SavedSearchesView.class.getResource("saved.css").toExternalForm());
        setTop(createRunBar());
        VBox left = new VBox(8, createSearchesTable(), createCheckOptions());
        left.getStyleClass().add("saved-left");
        VBox.setVgrow(searches, Priority.ALWAYS);
        // The options' sentence wraps: it must not make the list wider than its share of the split.
        left.setMinWidth(220);
        left.setPrefWidth(270);
        SplitPane split = new SplitPane(left, createResultsTable(), profilePane);
        split.setId("savedSplit");
        split.setDividerPositions(0.26, 0.74);
        SplitPane.setResizableWithParent(profilePane, false);
        setCenter(split);
        KeepWhole.buttonsUnder(this);
    }

    private Node createRunBar() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        subs.bind(title.textProperty(), javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.selectedProperty().get() == null ? Messages.get("saved.title")
                        : Messages.format("saved.title.selected", vm.selectedProperty().get().name(),
                                vm.selectedProperty().get().query()), vm.selectedProperty()));
        run.setId("savedRunButton");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> vm.run());
        subs.bind(run.disableProperty(), vm.runState().runningProperty().or(vm.selectedProperty().isNull()));
        Label cost = new Label();
        cost.setId("savedCost");
        cost.getStyleClass().add("saved-cost");
        subs.bind(cost.textProperty(), vm.costProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        subs.bind(bar.progressProperty(), vm.runState().progressProperty());
        subs.bind(bar.visibleProperty(), vm.runState().runningProperty());
        subs.bind(bar.managedProperty(), bar.visibleProperty());
        Button cancel = new Button(Messages.get("saved.cancel"));
        cancel.setId("savedCancelButton");
        cancel.setOnAction(e -> vm.cancel());
        subs.bind(cancel.visibleProperty(), vm.runState().runningProperty());
        subs.bind(cancel.managedProperty(), cancel.visibleProperty());
        Button delete = new Button(Messages.get("saved.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("savedDeleteButton");
        delete.getStyleClass().add(Styles.FLAT);
        delete.setOnAction(e -> confirmDelete());
        subs.bind(delete.disableProperty(), vm.runState().runningProperty().or(vm.selectedProperty().isNull()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, run, cost, bar, cancel, grow, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("savedStatus");
        subs.bind(status.textProperty(), vm.runState().statusProperty());
        Label error = new Label();
        error.setId("savedError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        subs.bind(error.textProperty(), vm.runState().errorProperty());
        subs.bind(error.visibleProperty(), vm.runState().errorProperty().isNotEmpty());
        subs.bind(error.managedProperty(), error.visibleProperty());
        VBox top = new VBox(6, title, row, status, error);
        top.getStyleClass().add("saved-run-bar");
        top.setPadding(new Insets(10, 12, 8, 12));
        return top;
    }

    private void confirmDelete() {
        SavedSearchesViewModel.Row row = vm.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("saved.delete.confirm", row.name()),
                ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(Messages.get("saved.delete"));
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> vm.delete());
    }

    private Node createSearchesTable() {
        searches.setId("savedSearchesTable");
        // One row a search, two lines (name; last run and who is new), so a narrow list never cuts them short.
        searches.setCellFactory(l -> new SavedSearchCell());
        Label empty = new Label(Messages.get("saved.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("saved-placeholder");
        searches.setPlaceholder(empty);
        searches.setItems(vm.searches());
        searches.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        subs.listen(vm.selectedProperty(), (o, a, b) -> {
            if (b != null && searches.getSelectionModel().getSelectedItem() != b) {
                searches.getSelectionModel().select(b);
            }
        });
        if (vm.selectedProperty().get() != null) {
            searches.getSelectionModel().select(vm.selectedProperty().get());
        }
        return searches;
    }

    private Node createCheckOptions() {
        CheckBox check = new CheckBox(Messages.get("saved.check.option"));
        check.setId("savedCheckAtStart");
        check.setWrapText(true);
        check.setMinWidth(0);
        check.setMaxWidth(Double.MAX_VALUE);
        check.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.get("saved.check.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("saved-hint");
        subs.bindBidirectional(check.selectedProperty(), vm.checkAtStartProperty());
        Spinner<Integer> budget = new Spinner<>(0, 1000, vm.checkBudgetProperty().get());
        budget.setId("savedCheckBudget");
        budget.setEditable(true);
        budget.setPrefWidth(90);
        budget.valueProperty().addListener((o, a, b) -> vm.checkBudgetProperty().set(b == null ? 0 : b));
        subs.listen(vm.checkBudgetProperty(), (o, a, b) -> budget.getValueFactory().setValue(b.intValue()));
        subs.bind(budget.disableProperty(), check.selectedProperty().not());
        Label budgetLabel = new Label(Messages.get("saved.check.budget"));
        budgetLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        budgetLabel.setLabelFor(budget);
        HBox budgetRow = new HBox(6, budgetLabel, budget);
        budgetRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, check, hint, budgetRow);
        box.getStyleClass().add("saved-check");
        return box;
    }

    private Node createResultsTable() {
        results.setId("savedResultsTable");
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SavedSearchesViewModel.ResultRow, Boolean> mark = new TableColumn<>(Messages.get("saved.column.mark"));
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isNew()));
        mark.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label(Messages.get("saved.newMark"));

            {
                badge.getStyleClass().add("saved-new-badge");
            }

            @Override
            protected void updateItem(Boolean isNew, boolean empty) {
                super.updateItem(isNew, empty);
                setGraphic(!empty && Boolean.TRUE.equals(isNew) ? badge : null);
                setText(null);
            }
        });
        mark.setPrefWidth(72);
        mark.setMinWidth(72);
        mark.setMaxWidth(72);
        mark.setSortable(true);
        results.getColumns().add(mark);
        TableColumn<SavedSearchesViewModel.ResultRow, String> who =
                resultText("saved.column.freelancer", f -> f.displayName(), 120);
        who.setMinWidth(100);
        results.getColumns().add(who);
        results.getColumns().add(resultText("saved.column.title", f -> f.title() == null ? "" : f.title(), 150));
        TableColumn<SavedSearchesViewModel.ResultRow, String> rate = resultText("saved.column.rate", ResultFormats::rate, 72);
        rate.setMinWidth(64);
        results.getColumns().add(rate);
        TableColumn<SavedSearchesViewModel.ResultRow, String> where =
                resultText("saved.column.location", FreelancerFormat::location, 110);
        where.setMinWidth(90);
        results.getColumns().add(where);
        results.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SavedSearchesViewModel.ResultRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(NEW, !empty && item != null && item.isNew());
            }
        });
        Label empty = new Label(Messages.get("saved.results.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("saved-placeholder");
        results.setPlaceholder(empty);
        results.setItems(vm.results());
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                vm.selectedResultProperty().set(b == null ? null : b.freelancer()));
        return results;
    }

    private static final javafx.css.PseudoClass NEW = javafx.css.PseudoClass.getPseudoClass("new");

    private static TableColumn<SavedSearchesViewModel.ResultRow, String> resultText(String key,
            Function<Freelancer, String> value, double width) {
        TableColumn<SavedSearchesViewModel.ResultRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue().freelancer())));
        c.setPrefWidth(width);
        return c;
    }

    void close() {
        subs.close();
    }
}
