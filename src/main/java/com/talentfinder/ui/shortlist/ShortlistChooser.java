package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Themes;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small chooser Ctrl+S opens ({@code #shortlistChooser}): pick a list, or type the name of a new one.
 * Enter saves; Escape cancels.
 */
final class ShortlistChooser {

    /** What was chosen: an existing list, or the name of a new one. */
    record Choice(Shortlist existing, String newName) {
    }

    private ShortlistChooser() {
    }

    static Optional<Choice> ask(Window owner, List<Shortlist> lists, Shortlist preselect, int count) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortlist.chooser.title"));
        dialog.setHeaderText(Messages.format("shortlist.chooser.header", count));
        ButtonType save = new ButtonType(Messages.get("shortlist.chooser.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);

        ListView<Shortlist> list = new ListView<>();
        list.setId("chooserList");
        list.getItems().setAll(lists);
        list.setPrefHeight(Math.min(260, 40 + 30 * Math.max(1, lists.size())));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Shortlist s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.format("shortlist.menu.list", s.name(), s.entryCount()));
            }
        });
        list.setPlaceholder(new Label(Messages.get("shortlist.sidebar.empty")));
        TextField newName = new TextField();
        newName.setId("chooserNewName");
        newName.setPromptText(Messages.get("shortlist.chooser.newPrompt"));
        newName.textProperty().addListener((o, was, now) -> {
            if (!now.isBlank()) {
                list.getSelectionModel().clearSelection();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                newName.clear();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(new Choice(list.getSelectionModel().getSelectedItem(), null));
                dialog.close();
            }
        });
        Label newLabel = new Label(Messages.get("shortlist.chooser.newLabel"));
        newLabel.setLabelFor(newName);
        VBox content = new VBox(8, list, newLabel, newName);
        content.setId("shortlistChooser");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull().and(newName.textProperty().isEmpty()));
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Shortlist s = list.getSelectionModel().getSelectedItem();
            return s != null ? new Choice(s, null) : new Choice(null, newName.getText().strip());
        });
        if (preselect != null) {
            lists.stream().filter(s -> s.id() == preselect.id()).findFirst()
                    .ifPresent(s -> list.getSelectionModel().select(s));
        }
        Platform.runLater(() -> (lists.isEmpty() ? newName : list).requestFocus());
        return dialog.showAndWait().filter(c -> c.existing() != null || !c.newName().isEmpty());
    }
}
