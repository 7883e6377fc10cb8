package com.talentfinder.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Buttons never shrink to "…": every button (and every label that names a field) under a node keeps at least
 * its preferred width. Tables and lists are skipped: their cells size themselves.
 */
public final class KeepWhole {

    private KeepWhole() {
    }

    /** Walks {@code root} once; call it after the screen is built. */
    public static void buttonsUnder(Node root) {
        if (root instanceof TableView<?> || root instanceof ListView<?> || root instanceof Cell<?>) {
            return;
        }
        if (root instanceof ButtonBase b && (b.getText() != null && !b.getText().isEmpty() || b.getGraphic() != null)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        } else if (root instanceof Label l && l.getLabelFor() != null) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof SplitPane split) {
            split.getItems().forEach(KeepWhole::buttonsUnder);
            return;
        }
        if (root instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                buttonsUnder(scroll.getContent());
            }
            return;
        }
        if (root instanceof Control c && c.getSkin() == null) {
            // children of an unskinned control do not exist yet; its own min width is set above
            return;
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                buttonsUnder(child);
            }
        }
    }
}
