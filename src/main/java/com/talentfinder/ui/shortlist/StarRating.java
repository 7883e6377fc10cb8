package com.talentfinder.ui.shortlist;

import com.talentfinder.ui.Messages;
import java.util.function.IntConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Five clickable stars for a 0–5 rating: clicking the star that is already the rating clears it to 0. The
 * keyboard (0–5) is handled by the table and the editor.
 */
final class StarRating extends HBox {

    static final String STYLE = "star-rating";
    static final String STAR = "star";
    static final String STAR_ON = "star-on";

    private final FontIcon[] stars = new FontIcon[5];
    private int value;

    StarRating(IntConsumer onRate) {
        getStyleClass().add(STYLE);
        setSpacing(1);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setAccessibleRole(AccessibleRole.TEXT);
        for (int i = 0; i < stars.length; i++) {
            int n = i + 1;
            FontIcon star = new FontIcon(MaterialDesignS.STAR_OUTLINE);
            star.getStyleClass().add(STAR);
            star.setCursor(Cursor.HAND);
            star.setOnMouseClicked(e -> {
                onRate.accept(value == n ? 0 : n);
                e.consume();
            });
            stars[i] = star;
        }
        getChildren().addAll(stars);
        show(0);
    }

    void show(int rating) {
        value = rating;
        for (int i = 0; i < stars.length; i++) {
            boolean on = i < rating;
            stars[i].setIconCode(on ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE);
            stars[i].getStyleClass().remove(STAR_ON);
            if (on) {
                stars[i].getStyleClass().add(STAR_ON);
            }
        }
        setAccessibleText(Messages.format("shortlist.rating.accessible", rating));
    }
}
