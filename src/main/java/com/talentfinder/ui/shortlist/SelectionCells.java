package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.DuplicateFinder;
import com.talentfinder.ui.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The entries table's selection check boxes and the duplicate badge beside a name. */
final class SelectionCells {

    private SelectionCells() {
    }

    /**
     * A check box showing whether the row is selected; ticking it adds the row to the selection (or takes it
     * out) without touching the other rows, as Ctrl+click does.
     */
    static TableCell<ShortlistEntry, ShortlistEntry> select(TableView<ShortlistEntry> table) {
        return new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setAccessibleText(Messages.get("bulk.select.accessible"));
                box.getStyleClass().add("select-tick");
                box.setFocusTraversable(false);
                // The table would otherwise select only this row on the press: the box decides instead.
                box.addEventFilter(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
                box.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                    e.consume();
                    toggle();
                });
                setAlignment(Pos.CENTER);
                table.getSelectionModel().getSelectedIndices().addListener(
                        (ListChangeListener<Integer>) c -> box.setSelected(isRowSelected()));
            }

            private boolean isRowSelected() {
                return getIndex() >= 0 && table.getSelectionModel().isSelected(getIndex());
            }

            private void toggle() {
                int i = getIndex();
                if (getItem() == null || i < 0) {
                    return;
                }
                if (table.getSelectionModel().isSelected(i)) {
                    table.getSelectionModel().clearSelection(i);
                } else {
                    table.getSelectionModel().select(i);
                }
                box.setSelected(isRowSelected());
            }

            @Override
            protected void updateItem(ShortlistEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(isRowSelected());
                    setGraphic(box);
                }
            }
        };
    }

    /** The header's check box: ticked selects every row of the page, unticked clears the selection. */
    static CheckBox selectAll(TableView<ShortlistEntry> table) {
        CheckBox all = new CheckBox();
        all.setId("selectAllEntries");
        all.setAccessibleText(Messages.get("bulk.select.all"));
        all.setTooltip(new Tooltip(Messages.get("bulk.select.all")));
        all.setOnAction(e -> {
            if (all.isSelected()) {
                table.getSelectionModel().selectAll();
            } else {
                table.getSelectionModel().clearSelection();
            }
        });
        Runnable sync = () -> {
            int n = table.getSelectionModel().getSelectedIndices().size();
            all.setIndeterminate(n > 0 && n < table.getItems().size());
            all.setSelected(n > 0 && n == table.getItems().size());
        };
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> sync.run());
        // A new page changes the selection too, so this also follows the rows shown.
        return all;
    }

    /** The name, with a badge when the entry may be a duplicate of another on the list. */
    static TableCell<ShortlistEntry, ShortlistEntry> name(DuplicatesViewModel duplicates) {
        return new TableCell<>() {
            private final Label badge = new Label(null, new FontIcon(MaterialDesignC.CONTENT_DUPLICATE));
            private final Tooltip tip = new Tooltip();
            // Held by the cell, listened to weakly: the view model outlives the screen's cells.
            private final MapChangeListener<String, DuplicateFinder.Group> onFlags = c -> show();

            {
                badge.getStyleClass().add("duplicate-badge");
                badge.setTooltip(tip);
                setGraphicTextGap(6);
                duplicates.flagged().addListener(new WeakMapChangeListener<>(onFlags));
            }

            private void show() {
                ShortlistEntry e = getItem();
                var group = e == null || isEmpty() ? null : duplicates.groupOf(e.freelancerId()).orElse(null);
                if (group == null) {
                    setGraphic(null);
                    pseudoClassStateChanged(DUPLICATE, false);
                } else {
                    String text = Messages.format("duplicates.badge", DuplicatesViewModel.reason(group));
                    tip.setText(text);
                    badge.setAccessibleText(text);
                    setGraphic(badge);
                    pseudoClassStateChanged(DUPLICATE, true);
                }
            }

            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.freelancer().displayName());
                show();
            }
        };
    }

    private static final javafx.css.PseudoClass DUPLICATE = javafx.css.PseudoClass.getPseudoClass("duplicate");
}
