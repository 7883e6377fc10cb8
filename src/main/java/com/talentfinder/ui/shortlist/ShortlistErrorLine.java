package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The shortlists screen's error line: the first failure of the lists, the entries or a refresh, with Dismiss. */
final class ShortlistErrorLine {

    private ShortlistErrorLine() {
    }

    static Node of(ShortlistsViewModel lists, EntriesViewModel entries, RefreshViewModel refresh) {
        Label error = new Label();
        error.setId("shortlistError");
        error.getStyleClass().add("shortlist-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> firstOf(lists.errorProperty().get(),
                entries.errorProperty().get(), refresh.errorProperty().get()),
                lists.errorProperty(), entries.errorProperty(), refresh.errorProperty()));
        Button dismiss = new Button(Messages.get("shortlist.error.dismiss"));
        dismiss.getStyleClass().add(Styles.FLAT);
        dismiss.setOnAction(e -> {
            lists.clearError();
            entries.clearError();
        });
        HBox line = new HBox(8, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE), error, dismiss);
        line.getStyleClass().add("shortlist-error-line");
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(error.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static String firstOf(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
    }
}
