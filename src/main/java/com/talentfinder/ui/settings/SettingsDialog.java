package com.talentfinder.ui.settings;

import com.talentfinder.ui.Messages;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the {@link SettingsView} in a modal window over its owner. Closing the window discards the edits,
 * like Cancel. The main window opens it through the {@link Runnable} from {@link #opener}.
 */
public final class SettingsDialog {

    private final Stage stage = new Stage();
    private final SettingsViewModel vm;

    public SettingsDialog(Window owner, SettingsViewModel vm) {
        this.vm = vm;
        stage.setTitle(Messages.get("settings.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        SettingsView view = new SettingsView(vm, stage::close);
        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            // The app's stylesheet (theme tokens, fonts) applies here too.
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    /** Shows the dialog and returns at once; the owner takes no input until it closes. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** The dialog's window (for tests). */
    public Stage stage() {
        return stage;
    }

    /** The form's state (for tests). */
    public SettingsViewModel viewModel() {
        return vm;
    }

    /**
     * A command for the main window's menu and the error banner's "Open settings": each run opens a fresh
     * dialog over {@code owner}, filled from the settings in force.
     *
     * @param owner      the main window
     * @param viewModels makes a new {@link SettingsViewModel} for each opening
     */
    public static Runnable opener(Supplier<Window> owner, Supplier<SettingsViewModel> viewModels) {
        return () -> new SettingsDialog(owner.get(), viewModels.get()).show();
    }
}
