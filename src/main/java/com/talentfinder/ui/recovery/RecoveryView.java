package com.talentfinder.ui.recovery;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** What happened to the data, and the choices: a card in the middle of the window; it only binds. */
public final class RecoveryView extends StackPane {

    public static final String STYLESHEET = RecoveryView.class.getResource("recovery.css").toExternalForm();

    public RecoveryView(RecoveryViewModel vm) {
        getStyleClass().add("recovery-view");
        setId("recoveryView");

        FontIcon icon = new FontIcon(MaterialDesignD.DATABASE_ALERT_OUTLINE);
        icon.getStyleClass().add("recovery-icon");
        vm.settingsNoticeProperty().addListener((o, was, now) -> icon.setIconCode(
                now ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignD.DATABASE_ALERT_OUTLINE));
        if (vm.settingsNoticeProperty().get()) {
            icon.setIconCode(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        }

        Label title = new Label();
        title.setId("recoveryTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);

        Label message = new Label();
        message.setId("recoveryMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Label folder = new Label(vm.dataFolderText());
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        folder.setWrapText(true);

        Label error = new Label();
        error.setId("recoveryError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button fresh = button("recoveryStartFresh", "recovery.startFresh", vm::startFresh);
        fresh.getStyleClass().add(Styles.ACCENT);
        show(fresh, vm.canStartFreshProperty());
        Button restore = button("recoveryRestore", "recovery.restore", vm::restoreBackup);
        show(restore, vm.canRestoreProperty());
        Button retry = button("recoveryRetry", "recovery.retry", vm::retry);
        retry.getStyleClass().add(Styles.ACCENT);
        show(retry, vm.canRetryProperty());
        Button defaults = button("recoveryContinue", "recovery.continueDefaults", vm::continueWithDefaults);
        defaults.getStyleClass().add(Styles.ACCENT);
        show(defaults, vm.settingsNoticeProperty());
        Button open = button("recoveryOpenFolder", "recovery.openFolder", vm::openDataFolder);
        Button quit = button("recoveryQuit", "recovery.quit", vm::quit);

        FlowPane buttons = new FlowPane(8, 8, fresh, restore, retry, defaults, open, quit);
        buttons.disableProperty().bind(vm.busyProperty());

        VBox card = new VBox(14, icon, title, message, folder, buttons, error);
        card.getStyleClass().add("recovery-card");
        card.setMaxWidth(620);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        setAlignment(Pos.CENTER);
        setPadding(new Insets(24));
        getChildren().add(card);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void show(Button b, javafx.beans.value.ObservableBooleanValue when) {
        b.visibleProperty().bind(when);
        b.managedProperty().bind(when);
    }
}
