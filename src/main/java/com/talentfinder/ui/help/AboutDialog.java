package com.talentfinder.ui.help;

import com.talentfinder.app.desktop.AppIcons;
import com.talentfinder.app.desktop.Licenses;
import com.talentfinder.ui.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the icon, the version, the data folder and the licences of the bundled libraries. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, HelpViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("main.about.title"));
        dialog.getDialogPane().setId("aboutDialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }

        ImageView icon = new ImageView(new Image(AppIcons.class.getResource(AppIcons.path(64)).toExternalForm()));
        Label name = new Label(Messages.format("main.about.header", vm.version()));
        name.getStyleClass().add("title-3");
        Label what = new Label(Messages.get("main.about.text"));
        what.setWrapText(true);
        Label folder = new Label(Messages.format("help.about.dataFolder", vm.dataFolder()));
        folder.setWrapText(true);
        VBox heading = new VBox(4, name, what, folder);
        HBox top = new HBox(16, icon, heading);

        TableView<Licenses.Library> table = new TableView<>();
        table.setId("licensesTable");
        table.getItems().setAll(vm.libraries());
        table.getColumns().add(column(Messages.get("help.about.library"), Licenses.Library::name, 200));
        table.getColumns().add(column(Messages.get("help.about.version"), Licenses.Library::version, 90));
        table.getColumns().add(column(Messages.get("help.about.license"), Licenses.Library::license, 280));
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox content = new VBox(16, top, new Label(Messages.get("help.about.libraries")), table);
        content.setPadding(new Insets(8));
        content.setPrefWidth(660);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static TableColumn<Licenses.Library, String> column(String title,
                                                                  java.util.function.Function<Licenses.Library, String> value,
                                                                  double width) {
        TableColumn<Licenses.Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        return c;
    }
}
