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

/** The results table's cells. Every column's value is the whole {@link Freelancer}; cells format it. */
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
                boolean muted = FreelancerFormat.isMuted(text);
                getStyleClass().remove(StyleClasses.MUTED_VALUE);
                if (muted) {
                    getStyleClass().add(StyleClasses.MUTED_VALUE);
                }
            }
        };
    }

    /** The badge: an icon and Upwork's label. */
    static TableCell<Freelancer, Freelancer> badge() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Freelancer f, boolean empty) {
                super.updateItem(f, empty);
                Badge b = empty || f == null ? null : f.badge();
                if (b == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(BadgeLook.label(b));
                FontIcon icon = new FontIcon(BadgeLook.icon(b));
                icon.getStyleClass().add(StyleClasses.BADGE_CELL);
                setGraphic(icon);
            }
        };
    }

    /** A round thumbnail: the one {@link InitialsAvatar}, replaced by the portrait when one arrives. */
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
                    setGraphic(null);
                    return;
                }
                avatar.show(f.id(), f.displayName());
                watched = thumbnails.thumbnail(f);
                watched.addListener(onImage);
                avatar.setImage(watched.getValue());
                setGraphic(avatar);
            }
        };
    }
}
