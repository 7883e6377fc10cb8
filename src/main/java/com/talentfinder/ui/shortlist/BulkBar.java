package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.ui.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The line above the entries ({@code #bulkBar}): how many are selected, the "Selected entries" menu (status,
 * rating, tags, copy, move, remove; Ctrl+B opens it) and, while a large change runs, its progress.
 */
final class BulkBar extends HBox {

    private final MenuButton menu;

    BulkBar(BulkActionsViewModel vm, ObservableList<Shortlist> lists, EntriesViewModel entries) {
        setId("bulkBar");
        getStyleClass().add("bulk-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Label count = new Label();
        count.setId("bulkCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(vm.countTextProperty());
        count.setMinWidth(0);
        HBox.setHgrow(count, Priority.ALWAYS);
        count.setMaxWidth(Double.MAX_VALUE);

        menu = new MenuButton(Messages.get("bulk.menu"), new FontIcon(MaterialDesignC.CHECKBOX_MULTIPLE_MARKED_OUTLINE));
        menu.setId("bulkMenu");
        menu.setTooltip(new Tooltip(Messages.get("bulk.menu.tooltip")));
        menu.setMinWidth(MenuButton.USE_PREF_SIZE);
        menu.disableProperty().bind(vm.countProperty().isEqualTo(0).or(vm.busyProperty()));
        // Built afresh each time it opens: the other lists and the tags in use change.
        menu.setOnShowing(e -> menu.getItems().setAll(items(vm, lists, entries, this::askTag)));
        menu.getItems().setAll(items(vm, lists, entries, this::askTag));

        ProgressBar bar = new ProgressBar();
        bar.setId("bulkProgress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(vm.progressTextProperty());
        progressText.setMinWidth(Label.USE_PREF_SIZE);
        HBox progress = new HBox(6, bar, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.showProgressProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        getChildren().addAll(count, progress, menu);
    }

    /** Opens the menu (Ctrl+B in the table). */
    void open() {
        if (!menu.isDisabled()) {
            menu.show();
        }
    }

    private static List<MenuItem> items(BulkActionsViewModel vm, ObservableList<Shortlist> lists,
                                        EntriesViewModel entries, Supplier<Optional<String>> askTag) {
        Menu status = new Menu(Messages.get("bulk.menu.status"));
        status.setId("bulkStatusMenu");
        for (EntryStatus s : EntryStatus.values()) {
            status.getItems().add(item(EntryCells.statusText(s), "bulkStatus-" + s.code(), () -> vm.setStatus(s)));
        }
        Menu rating = new Menu(Messages.get("bulk.menu.rating"));
        for (int r = 0; r <= 5; r++) {
            int stars = r;
            String text = r == 0 ? Messages.get("bulk.menu.rating.none")
                    : r == 1 ? Messages.get("bulk.menu.rating.star") : Messages.format("bulk.menu.rating.stars", r);
            rating.getItems().add(item(text, "bulkRating-" + r, () -> vm.setRating(stars)));
        }
        Menu addTag = new Menu(Messages.get("bulk.menu.addTag"));
        addTag.getItems().add(item(Messages.get("bulk.menu.addTag.new"), "bulkNewTag",
                () -> askTag.get().ifPresent(vm::addTag)));
        Menu removeTag = new Menu(Messages.get("bulk.menu.removeTag"));
        for (String tag : entries.tags()) {
            addTag.getItems().add(item(tag, null, () -> vm.addTag(tag)));
            removeTag.getItems().add(item(tag, null, () -> vm.removeTag(tag)));
        }
        if (removeTag.getItems().isEmpty()) {
            removeTag.getItems().add(disabled(Messages.get("bulk.menu.noTags")));
        }
        Shortlist shown = entries.listProperty().get();
        Menu copy = new Menu(Messages.get("bulk.menu.copy"));
        Menu move = new Menu(Messages.get("bulk.menu.move"));
        copy.setId("bulkCopyMenu");
        move.setId("bulkMoveMenu");
        for (Shortlist other : lists) {
            if (shown == null || other.id() != shown.id()) {
                copy.getItems().add(item(other.name(), null, () -> vm.copyTo(other)));
                move.getItems().add(item(other.name(), null, () -> vm.moveTo(other)));
            }
        }
        for (Menu m : List.of(copy, move)) {
            if (m.getItems().isEmpty()) {
                m.getItems().add(disabled(Messages.get("bulk.menu.noOtherList")));
            }
        }
        MenuItem remove = item(Messages.get("bulk.menu.remove"), "bulkRemove", vm::remove);
        return List.of(status, rating, addTag, removeTag, new SeparatorMenuItem(), copy, move,
                new SeparatorMenuItem(), remove);
    }

    private static MenuItem item(String text, String id, Runnable run) {
        MenuItem item = new MenuItem(text);
        // Text from the user (tags, list names) is shown as it is, never as a mnemonic.
        item.setMnemonicParsing(false);
        if (id != null) {
            item.setId(id);
        }
        item.setOnAction(e -> run.run());
        return item;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private Optional<String> askTag() {
        TextInputDialog dialog = new TextInputDialog();
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setTitle(Messages.get("bulk.tag.title"));
        dialog.setHeaderText(Messages.get("bulk.tag.title"));
        dialog.setContentText(Messages.get("bulk.tag.label"));
        dialog.getEditor().setId("bulkTagField");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

}
