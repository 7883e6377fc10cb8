package com.talentfinder.ui.saved;

import com.talentfinder.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A saved search in the list, in short lines that fit a narrow list: its name, when it last ran (left out
 * before a first run) and who is new; the tooltip says all.
 */
final class SavedSearchCell extends ListCell<SavedSearchesViewModel.Row> {
    private final Label name = new Label();
    private final Label lastRun = new Label();
    private final Label fresh = new Label();
    private final VBox lines = new VBox(1);
    private final Tooltip tip = new Tooltip();

    SavedSearchCell() {
        name.getStyleClass().add("saved-row-name");
        lastRun.getStyleClass().add("saved-row-detail");
        fresh.getStyleClass().addAll("saved-row-detail", "saved-new-since");
        for (Label l : new Label[] {name, lastRun, fresh}) {
            l.setMinWidth(0);
        }
        setPrefWidth(0); // the list's width, never the text's: no sideways scrolling
        tip.setWrapText(true);
        tip.setMaxWidth(420);
    }

    @Override
    protected void updateItem(SavedSearchesViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(row.name());
        fresh.setText(row.newSince());
        if (row.search() != null && !row.detail().equals(row.newSince())) {
            lastRun.setText(Messages.format("saved.row.lastRun", row.lastRun()));
            lines.getChildren().setAll(name, lastRun, fresh);
        } else {
            lines.getChildren().setAll(name, fresh);
        }
        tip.setText(Messages.format("saved.row.tooltip", row.name(), row.query(), row.detail()));
        setGraphic(lines);
        setTooltip(tip);
    }
}
