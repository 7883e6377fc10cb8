package com.talentfinder.ui;

import com.talentfinder.ui.help.ShortcutsWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

/** The main window's menu bar: File (Find, Settings, Quit) and Help. */
final class MainMenu {

    private final Node owner;
    private final Menu help = new Menu(Messages.get("main.menu.help"));
    private final MenuBar bar;

    MainMenu(Node owner, Runnable focusFind, Runnable openSettings) {
        this.owner = owner;
        MenuItem settings = new MenuItem(Messages.get("main.menu.settings"), new FontIcon(MaterialDesignC.COG));
        settings.setId("settingsMenuItem");
        settings.setAccelerator(Shortcut.SETTINGS.combination());
        settings.setOnAction(e -> openSettings.run());
        MenuItem find = new MenuItem(Messages.get("main.menu.find"));
        find.setAccelerator(Shortcut.FIND.combination());
        find.setOnAction(e -> focusFind.run());
        MenuItem quit = new MenuItem(Messages.get("main.menu.quit"));
        quit.setAccelerator(Shortcut.QUIT.combination());
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(Messages.get("main.menu.file"), null, find, settings, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem(Messages.get("main.menu.about"));
        about.setId("aboutMenuItem");
        about.setOnAction(e -> showAbout());
        help.getItems().setAll(shortcutsItem(), new SeparatorMenuItem(), about);
        bar = new MenuBar(file, help);
        bar.setId("mainMenu");
    }

    MenuBar bar() {
        return bar;
    }

    /** The Help menu's commands (About with licences, data folder, diagnostics). */
    void setHelpActions(Runnable about, Runnable openDataFolder, Runnable copyDiagnostics) {
        MenuItem aboutItem = new MenuItem(Messages.get("main.menu.about"));
        aboutItem.setId("aboutMenuItem");
        aboutItem.setOnAction(e -> about.run());
        MenuItem folder = new MenuItem(Messages.get("main.menu.openDataFolder"),
                new FontIcon(MaterialDesignF.FOLDER_OPEN));
        folder.setId("openDataFolderMenuItem");
        folder.setOnAction(e -> openDataFolder.run());
        MenuItem diagnostics = new MenuItem(Messages.get("main.menu.copyDiagnostics"),
                new FontIcon(MaterialDesignC.CONTENT_COPY));
        diagnostics.setId("copyDiagnosticsMenuItem");
        diagnostics.setOnAction(e -> copyDiagnostics.run());
        help.getItems().setAll(shortcutsItem(), new SeparatorMenuItem(), folder, diagnostics,
                new SeparatorMenuItem(), aboutItem);
    }

    private MenuItem shortcutsItem() {
        MenuItem item = new MenuItem(Messages.get("main.menu.shortcuts"), new FontIcon(MaterialDesignK.KEYBOARD));
        item.setId("shortcutsMenuItem");
        item.setAccelerator(Shortcut.SHORTCUTS.combination());
        item.setOnAction(e -> ShortcutsWindow.show(owner.getScene() == null ? null : owner.getScene().getWindow()));
        return item;
    }

    private void showAbout() {
        String version = MainMenu.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        alert.setTitle(Messages.get("main.about.title"));
        alert.setHeaderText(Messages.format("main.about.header", version == null ? "dev" : version));
        alert.setContentText(Messages.get("main.about.text"));
        alert.showAndWait();
    }
}
