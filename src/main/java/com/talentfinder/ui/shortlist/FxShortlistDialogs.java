package com.talentfinder.ui.shortlist;

import com.talentfinder.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ShortlistDialogs} with JavaFX dialogs and the system file chooser, owned by the main window. */
public final class FxShortlistDialogs implements ShortlistDialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxShortlistDialogs(Supplier<Window> mainWindow) {
        // The focused window (e.g. the export dialog) owns what opens from it, so it stays modal to it.
        this.owner = () -> Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElseGet(mainWindow);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public int choose(String title, String message, String first, String second) {
        ButtonType one = new ButtonType(first, ButtonBar.ButtonData.OK_DONE);
        ButtonType two = new ButtonType(second, ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, one, two, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        Optional<ButtonType> chosen = alert.showAndWait();
        return chosen.filter(b -> b == one).isPresent() ? 0 : chosen.filter(b -> b == two).isPresent() ? 1 : -1;
    }

    @Override
    public Optional<String> askName(String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(Messages.get("shortlist.name.label"));
        dialog.getEditor().setId("shortlistNameField");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooser.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        startIn(chooser);
        File file = chooser.showSaveDialog(owner.get());
        return remember(file);
    }

    @Override
    public boolean confirmOverwrite(Path file) {
        return confirm(Messages.get("export.overwrite.title"),
                Messages.format("export.overwrite.text", file.getFileName()), Messages.get("export.overwrite.action"));
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("shortlist.import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        startIn(chooser);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    private void startIn(FileChooser chooser) {
        File start = lastFolder != null && lastFolder.isDirectory() ? lastFolder
                : new File(System.getProperty("user.home"));
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
