package com.talentfinder.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The profile's photo beside its words, or above them in a narrow column (the shortlists' and saved searches'
 * profile), so the name is never squeezed beside the photo into "Bartłomi / ej".
 */
final class StackingHeader {

    /** Below this width the photo goes above the name. */
    static final double NARROW = 380;

    private StackingHeader() {
    }

    static Pane of(Node photo, Node words) {
        HBox wide = new HBox(16);
        wide.setAlignment(Pos.CENTER_LEFT);
        VBox narrow = new VBox(10);
        narrow.setAlignment(Pos.CENTER_LEFT);
        StackPane header = new StackPane();
        header.setMinWidth(0);
        Runnable place = () -> {
            Pane target = header.getWidth() > 0 && header.getWidth() < NARROW ? narrow : wide;
            if (words.getParent() != target) {
                target.getChildren().setAll(photo, words);
                header.getChildren().setAll(target);
            }
        };
        header.widthProperty().addListener((o, was, now) -> place.run());
        place.run();
        return header;
    }
}
