package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.FreelancerFormat;
import com.talentfinder.ui.common.InitialsAvatar;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The results table's cells. Every column's value is the whole {@link Freelancer}; cells format it. A new page
 * updates every visible cell (twice: the table empties its cells, then fills them), so a cell keeps its nodes and
 * its style classes and changes only what differs: a node added again or a style class changed makes JavaFX
 * work out the cell's CSS anew.
 */
final class ResultCells {

    static final double THUMBNAIL = 28;

    private ResultCells() {
    }

    /** A text cell; values equal to {@code muted} (e.g. "—", "hidden") are shown muted. */
    static TableCell<Freelancer, Freelancer> text(Function<Freelancer, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Freelancer f, boolean empty) {
                super.updateItem(f, empty);
                String text = empty || f == null ? null : format.apply(f);
                setText(text);
                mute(this, FreelancerFormat.isMuted(text));
            }
        };
    }

    /** Adds or removes the muted style class, only when that changes. */
    static void mute(TableCell<?, ?> cell, boolean muted) {
        if (muted != cell.getStyleClass().contains(StyleClasses.MUTED_VALUE)) {
            if (muted) {
                cell.getStyleClass().add(StyleClasses.MUTED_VALUE);
            } else {
                cell.getStyleClass().remove(StyleClasses.MUTED_VALUE);
            }
        }
    }

    /** The badge: an icon and Upwork's label; a row without a badge keeps the icon hidden. */
    static TableCell<Freelancer, Freelancer> badge() {
        return new TableCell<>() {
            private FontIcon icon;

            @Override
            protected void updateItem(Freelancer f, boolean empty) {
                super.updateItem(f, empty);
                Badge b = empty || f == null ? null : f.badge();
                if (b == null) {
                    setText(null);
                    if (icon != null) {
                        icon.setVisible(false);
                    }
                    return;
                }
                setText(BadgeLook.label(b));
                if (icon == null) {
                    icon = new FontIcon(BadgeLook.icon(b));
                    icon.getStyleClass().add(StyleClasses.BADGE_CELL);
                    setGraphic(icon);
                } else if (icon.getIconCode() != BadgeLook.icon(b)) {
                    icon.setIconCode(BadgeLook.icon(b));
                }
                icon.setVisible(true);
            }
        };
    }

    /**
     * A round thumbnail: the one {@link InitialsAvatar}, replaced by the portrait when one arrives; an empty row
     * keeps it hidden.
     */
    static TableCell<Freelancer, Freelancer> portrait(PortraitThumbnails thumbnails) {
        return new TableCell<>() {
            private final InitialsAvatar avatar = new InitialsAvatar(null, null, THUMBNAIL);
            private final ChangeListener<Image> onImage = (o, was, now) -> avatar.setImage(now);
            private ObservableValue<Image> watched;

            {
                avatar.getStyleClass().add(StyleClasses.AVATAR);
            }

            @Override
            protected void updateItem(Freelancer f, boolean empty) {
                super.updateItem(f, empty);
                if (watched != null) {
                    watched.removeListener(onImage);
                    watched = null;
                }
                if (empty || f == null) {
                    avatar.setVisible(false);
                    return;
                }
                avatar.show(f.id(), f.displayName());
                watched = thumbnails.thumbnail(f);
                watched.addListener(onImage);
                avatar.setImage(watched.getValue());
                avatar.setVisible(true);
                if (getGraphic() != avatar) {
                    setGraphic(avatar);
                }
            }
        };
    }
}
