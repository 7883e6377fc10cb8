package com.talentfinder.ui.settings;

import com.talentfinder.ui.Messages;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Settings screen's foot: why saving failed, then Save and Cancel. */
final class SettingsButtons {

    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");

    private SettingsButtons() {
    }

    static Node create(SettingsViewModel vm, Runnable close) {
        Label saveError = new Label();
        saveError.setId("saveError");
        saveError.getStyleClass().add("settings-note");
        saveError.pseudoClassStateChanged(FAILURE, true);
        saveError.setWrapText(true);
        saveError.textProperty().bind(vm.saveErrorProperty());
        saveError.visibleProperty().bind(saveError.textProperty().isNotEmpty());
        saveError.managedProperty().bind(saveError.visibleProperty());

        Button save = new Button(Messages.get("settings.save"));
        save.setId("saveSettingsButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.validProperty().not());
        save.setOnAction(e -> {
            if (vm.save()) {
                close.run();
            }
        });
        Button cancel = new Button(Messages.get("settings.cancel"));
        cancel.setId("cancelSettingsButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancel();
            close.run();
        });
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(save, cancel);
        VBox box = new VBox(8, saveError, bar);
        box.getStyleClass().add("settings-buttons");
        return box;
    }
}
