package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The left column of the shortlists screen: the lists ({@code #shortlistList}, name and count) and New,
 * Rename, Delete, Import. A list accepts freelancers dragged from the results table ({@link ShortlistDrag}).
 */
final class ShortlistSidebar extends VBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    private final ListView<Shortlist> list = new ListView<>();

    ShortlistSidebar(ShortlistsViewModel vm, ShortlistDialogs dialogs, ShortlistDrag drag) {
        getStyleClass().add("shortlist-sidebar");
        setSpacing(8);
        Label heading = new Label(Messages.get("shortlist.sidebar.title"));
        heading.getStyleClass().add(Styles.TITLE_4);

        list.setId("shortlistList");
        list.getStyleClass().add("shortlist-list");
        list.setItems(vm.lists());
        list.setAccessibleText(Messages.get("shortlist.sidebar.title"));
        // With no lists because they could not be read (a team database away), say so, not "No shortlists yet".
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(8));
        subs.bind(placeholder.textProperty(), javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get() == null || vm.errorProperty().get().isBlank()
                        ? Messages.get("shortlist.sidebar.empty") : Messages.get("shortlist.sidebar.unavailable"),
                vm.errorProperty()));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> cell(drag));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        subs.listen(vm.selectedProperty(), (o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnKeyPressed(e -> {
            if (com.talentfinder.ui.Shortcut.RENAME_LIST.combination().match(e)) {
                rename(vm, dialogs);
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(vm.selectedProperty().get());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button create = button("newShortlistButton", "shortlist.new", "shortlist.new.tooltip", MaterialDesignP.PLUS,
                () -> dialogs.askName(Messages.get("shortlist.new.title"), "").ifPresent(vm::create));
        create.getStyleClass().add(Styles.ACCENT);
        Button rename = button("renameShortlistButton", "shortlist.rename", "shortlist.rename.tooltip",
                MaterialDesignR.RENAME_BOX,
                () -> rename(vm, dialogs));
        Button delete = button("deleteShortlistButton", "shortlist.delete", "shortlist.delete.tooltip",
                MaterialDesignD.DELETE_OUTLINE,
                () -> vm.delete(vm.selectedProperty().get()));
        delete.getStyleClass().add(Styles.DANGER);
        rename.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Button importButton = button("importButton", "shortlist.import", "shortlist.import.tooltip",
                MaterialDesignI.IMPORT,
                () -> dialogs.chooseImportFile().ifPresent(vm::importFile));
        importButton.disableProperty().bind(vm.busyProperty());

        javafx.scene.layout.GridPane actions = new javafx.scene.layout.GridPane();
        actions.setHgap(6);
        actions.setVgap(6);
        actions.addRow(0, create, rename);
        actions.addRow(1, delete, importButton);
        for (Button b : new Button[] {create, rename, delete, importButton}) {
            b.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(b, Priority.ALWAYS);
        }
        getChildren().addAll(heading, list, actions);
    }

    private static void rename(ShortlistsViewModel vm, ShortlistDialogs dialogs) {
        Shortlist s = vm.selectedProperty().get();
        if (s != null) {
            dialogs.askName(Messages.get("shortlist.rename.title"), s.name()).ifPresent(n -> vm.rename(s, n));
        }
    }

    private static Button button(String id, String key, String tooltip, Ikon icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tooltip)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ListCell<Shortlist> cell(ShortlistDrag drag) {
        ListCell<Shortlist> cell = new ListCell<>() {
            private final Label name = new Label();
            private final Label count = new Label();
            private final HBox row = new HBox(8, name, count);

            {
                HBox.setHgrow(name, Priority.ALWAYS);
                name.setMaxWidth(Double.MAX_VALUE);
                count.getStyleClass().add("list-count");
                row.setAlignment(Pos.CENTER_LEFT);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(Shortlist s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                name.setText(s.name());
                count.setText(String.valueOf(s.entryCount()));
                setText(s.name());
                setGraphic(row);
            }
        };
        drag.acceptOn(cell, () -> cell.getItem());
        return cell;
    }

    /** The list view, for focus. */
    ListView<Shortlist> listView() {
        return list;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    void close() {
        subs.close();
    }
}
