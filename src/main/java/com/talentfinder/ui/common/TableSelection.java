package com.talentfinder.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selected row and a ViewModel's selection property in step, both ways, without feedback
 * loops: the table writes the property when the user selects; a change made by the ViewModel (a new page,
 * a cleared selection) shows in the table. A multi-row selection is never collapsed by the property.
 */
public final class TableSelection {

    private TableSelection() {
    }

    public static <T> void bind(TableView<T> table, ObjectProperty<T> selected, Subscriptions subs) {
        boolean[] syncing = {false};
        subs.listen(table.getSelectionModel().selectedItemProperty(), (o, was, now) -> {
            if (!syncing[0]) {
                selected.set(now);
            }
        });
        subs.listen(selected, (o, was, now) -> {
            if (now == table.getSelectionModel().getSelectedItem()) {
                return;
            }
            syncing[0] = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedItems().size() <= 1) {
                    table.getSelectionModel().select(now);
                }
            } finally {
                syncing[0] = false;
            }
        });
    }
}
