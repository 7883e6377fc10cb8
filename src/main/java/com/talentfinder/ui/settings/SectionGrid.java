package com.talentfinder.ui.settings;

import com.talentfinder.ui.Messages;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled part of the Settings form: label, field and an optional button per row, notes under fields. */
final class SectionGrid {

    static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");
    private static final Insets FIELD_MARGIN = new Insets(8, 0, 0, 0);
    private static final Insets NOTE_MARGIN = new Insets(4, 0, 0, 0);

    private final GridPane grid = new GridPane();
    private int row;

    SectionGrid() {
        grid.getStyleClass().add("settings-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
    }

    /** A row: a label (with its mnemonic) for {@code field}, the field, and {@code extra} (or null) beside it. */
    void row(String labelKey, Node field, Node extra) {
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("settings-label");
        for (Node n : new Node[] {label, field, extra}) {
            if (n != null) {
                GridPane.setMargin(n, FIELD_MARGIN);
            }
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (extra != null) {
            grid.add(extra, 2, row);
        }
        row++;
    }

    /** A sentence under the fields, hidden while empty. */
    Label note(ObservableStringValue text, String id, boolean failure) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add("settings-note");
        note.pseudoClassStateChanged(FAILURE, failure);
        note.setWrapText(true);
        note.textProperty().bind(text);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        GridPane.setMargin(note, NOTE_MARGIN);
        grid.add(note, 1, row++, 2, 1);
        return note;
    }

    /** Any node across the field and button columns. */
    void wide(Node node) {
        GridPane.setMargin(node, FIELD_MARGIN);
        grid.add(node, 1, row++, 2, 1);
    }

    /** The form's sections in a scroller that takes the dialog's spare height (the buttons stay below it). */
    static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        // Wide enough for the form's labels, 560-pixel fields and buttons beside the scroll bar (fits 1024 wide).
        scroll.setPrefViewportWidth(930);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("settings-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** The section as an open titled pane with {@code id}. */
    TitledPane pane(String titleKey, String id) {
        TitledPane pane = new TitledPane(Messages.get(titleKey), grid);
        pane.setId(id);
        pane.setAnimated(false);
        return pane;
    }
}
