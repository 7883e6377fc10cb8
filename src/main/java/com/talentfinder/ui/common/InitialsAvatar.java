package com.talentfinder.ui.common;

import com.talentfinder.ui.Messages;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A round avatar: the freelancer's initials on a colour picked from their id, replaced by their portrait
 * once {@link #setImage(Image)} is given one. Works at any size (32 px thumbnails, 112 px in the detail).
 */
public final class InitialsAvatar extends StackPane {

    /** Style class of every avatar. */
    public static final String STYLE_CLASS = "initials-avatar";

    /** Mid-tone colours that keep white initials readable on light and dark themes alike. */
    private static final List<Color> PALETTE = List.of(
            Color.web("#1f6feb"), Color.web("#8250df"), Color.web("#bf3989"), Color.web("#cf222e"),
            Color.web("#bc4c00"), Color.web("#9a6700"), Color.web("#1a7f37"), Color.web("#0a7ea4"),
            Color.web("#57606a"), Color.web("#6639ba"));

    private final ImageView imageView = new ImageView();
    private final Text initials;
    private final Circle disc;
    private String displayName;

    public InitialsAvatar(String id, String name, double size) {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        double radius = size / 2;
        disc = new Circle(radius);
        initials = new Text();
        initials.setFill(Color.WHITE);
        initials.setFont(Font.font(null, FontWeight.BOLD, Math.max(9, size * 0.36)));
        initials.getStyleClass().add("initials-avatar-text");
        imageView.setFitWidth(size);
        imageView.setFitHeight(size);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        imageView.setClip(new Circle(radius, radius, radius));
        imageView.setVisible(false);
        getChildren().addAll(disc, initials, imageView);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        show(id, name);
    }

    /** Shows another person (a table cell reuses its avatar): their initials on their colour, no image. */
    public void show(String id, String name) {
        disc.setFill(colorFor(id));
        initials.setText(initialsOf(name));
        displayName = name == null || name.isBlank() ? "?" : name.strip();
        setImage(null);
    }

    /** The colour behind the initials. */
    public Color getColor() {
        return (Color) disc.getFill();
    }

    /** Shows {@code image} instead of the initials; null brings the initials back. */
    public void setImage(Image image) {
        boolean usable = image != null && !image.isError() && image.getWidth() > 0 && image.getHeight() > 0;
        if (usable) {
            // Crop the centre square, so a portrait that is not square is not squashed.
            double side = Math.min(image.getWidth(), image.getHeight());
            imageView.setViewport(new Rectangle2D((image.getWidth() - side) / 2, (image.getHeight() - side) / 2,
                    side, side));
        }
        imageView.setImage(usable ? image : null);
        imageView.setVisible(usable);
        initials.setVisible(!usable);
        setAccessibleText(Messages.format(usable ? "portrait.image" : "portrait.initials", displayName));
    }

    /** The image shown, or null while the initials show. */
    public Image getImage() {
        return imageView.getImage();
    }

    /** True while the portrait (not the initials) shows. */
    public boolean isShowingImage() {
        return imageView.isVisible();
    }

    /** The initials shown. */
    public String getInitials() {
        return initials.getText();
    }

    /** Up to two letters for {@code name}; see {@link FreelancerFormat#initials(String)}. */
    public static String initialsOf(String name) {
        return FreelancerFormat.initials(name);
    }

    /** The same colour for the same id, on every run and machine. */
    public static Color colorFor(String id) {
        int h = id == null ? 0 : id.hashCode();
        return PALETTE.get(Math.floorMod(h, PALETTE.size()));
    }
}
