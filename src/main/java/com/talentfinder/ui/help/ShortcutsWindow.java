package com.talentfinder.ui.help;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.Themes;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help › Keyboard shortcuts ({@code #shortcutsView}): every {@link Shortcut}, grouped by where it works. */
public final class ShortcutsWindow {

    private ShortcutsWindow() {
    }

    /** The list itself (also used by tests). */
    public static Node content() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsView");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(110);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        Shortcut.Where group = null;
        for (Shortcut s : Shortcut.values()) {
            if (s.where() != group) {
                group = s.where();
                Label heading = new Label(group.title());
                heading.getStyleClass().add(Styles.TITLE_4);
                GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 12, 0, 2, 0));
                grid.add(heading, 0, row++, 2, 1);
            }
            Label k = new Label(s.keys());
            k.getStyleClass().add("shortcut-keys");
            k.setMinWidth(Label.USE_PREF_SIZE);
            Label d = new Label(s.description());
            d.setWrapText(true);
            grid.add(k, 0, row);
            grid.add(d, 1, row++);
        }
        return grid;
    }

    /** Opens the list beside the window (not modal: it can stay open while the user tries the keys). */
    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        dialog.show();
    }
}
