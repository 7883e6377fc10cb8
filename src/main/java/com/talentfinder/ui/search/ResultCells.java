package com.talentfinder.ui.search;

import com.talentfinder.ui.common.ResultFormats;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.StyleClasses;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

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
                boolean muted = text != null && (text.equals(ResultFormats.MISSING)
                        || text.equals(ResultFormats.jssNoneText()) || text.equals(ResultFormats.hiddenText()));
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
                setText(b.label());
                FontIcon icon = new FontIcon(icon(b));
                icon.getStyleClass().add(StyleClasses.BADGE_CELL);
                setGraphic(icon);
            }
        };
    }

    static Ikon icon(Badge b) {
        return switch (b) {
            case EXPERT_VETTED -> MaterialDesignS.SHIELD_CHECK;
            case TOP_RATED_PLUS -> MaterialDesignS.STAR_CIRCLE;
            case TOP_RATED -> MaterialDesignS.STAR;
        };
    }

    /** A round thumbnail: initials on a tint, replaced by the portrait when one arrives. */
    static TableCell<Freelancer, Freelancer> portrait(PortraitThumbnails thumbnails) {
        return new TableCell<>() {
            private final Circle circle = new Circle(THUMBNAIL / 2);
            private final Label initials = new Label();
            private final ImageView image = new ImageView();
            private final StackPane avatar = new StackPane(circle, initials, image);
            private final ChangeListener<Image> onImage = (o, was, now) -> showImage(now);
            private ObservableValue<Image> watched;

            {
                avatar.getStyleClass().add(StyleClasses.AVATAR);
                initials.getStyleClass().add(StyleClasses.AVATAR_INITIALS);
                image.setFitWidth(THUMBNAIL);
                image.setFitHeight(THUMBNAIL);
                image.setPreserveRatio(false);
                image.setClip(new Circle(THUMBNAIL / 2, THUMBNAIL / 2, THUMBNAIL / 2));
                avatar.setMinSize(THUMBNAIL, THUMBNAIL);
                avatar.setMaxSize(THUMBNAIL, THUMBNAIL);
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
                initials.setText(ResultFormats.initials(f));
                avatar.getStyleClass().removeIf(s -> s.startsWith(StyleClasses.AVATAR_TINT_PREFIX));
                avatar.getStyleClass().add(StyleClasses.AVATAR_TINT_PREFIX + Math.floorMod(f.id().hashCode(), 6));
                watched = thumbnails.thumbnail(f);
                watched.addListener(onImage);
                showImage(watched.getValue());
                setGraphic(avatar);
            }

            private void showImage(Image img) {
                image.setImage(img);
                image.setVisible(img != null);
                initials.setVisible(img == null);
            }
        };
    }
}
