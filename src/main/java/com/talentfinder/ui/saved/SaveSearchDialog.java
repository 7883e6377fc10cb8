package com.talentfinder.ui.saved;

import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.ui.Messages;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The small "Save search…" dialog: a name, pages a run fetches, "stop when nothing is new". */
final class SaveSearchDialog extends Dialog<Boolean> {

    SaveSearchDialog(SaveSearchViewModel vm, Window owner) {
        setTitle(Messages.get("saved.save.title"));
        setHeaderText(null);
        if (owner != null) {
            initOwner(owner);
        }
        TextField name = new TextField();
        name.setId("saveSearchName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPrefColumnCount(24);
        Spinner<Integer> pages = new Spinner<>(1, SavedSearches.MAX_PAGES, vm.pagesProperty().get());
        pages.setId("saveSearchPages");
        pages.setEditable(true);
        pages.setPrefWidth(80);
        pages.valueProperty().addListener((o, a, b) -> vm.pagesProperty().set(b == null ? 1 : b));
        CheckBox stop = new CheckBox(Messages.get("saved.save.stop"));
        stop.setId("saveSearchStop");
        stop.selectedProperty().bindBidirectional(vm.stopWhenNothingNewProperty());
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(420);
        Label error = new Label();
        error.setId("saveSearchError");
        error.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(summary, 0, 0, 2, 1);
        grid.add(label("saved.save.name", name), 0, 1);
        grid.add(name, 1, 1);
        grid.add(label("saved.save.pages", pages), 0, 2);
        grid.add(pages, 1, 2);
        grid.add(stop, 1, 3);
        grid.add(error, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(Messages.get("saved.save.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume();
            }
        });
        setResultConverter(b -> b == save);
        setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    private static Label label(String key, Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }
}
