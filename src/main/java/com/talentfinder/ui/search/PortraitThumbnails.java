package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;

/**
 * Where the results table gets portrait thumbnails. The table shows a circle with initials until the
 * returned value holds an image (it may arrive later, loaded in the background), and when it never does.
 * The seam for real portraits: the composition root passes an implementation backed by {@code PortraitSource}.
 */
@FunctionalInterface
public interface PortraitThumbnails {

    /** Called on the FX thread; the value is null until the image is ready. */
    ObservableValue<Image> thumbnail(Freelancer freelancer);

    /** No images: initials only. */
    PortraitThumbnails NONE = f -> new ReadOnlyObjectWrapper<Image>().getReadOnlyProperty();

    /** Thumbnails of {@code size} pixels from {@code portraits}, the same cache as the detail pane. */
    static PortraitThumbnails from(com.talentfinder.ui.common.PortraitImages portraits, double size) {
        return f -> {
            ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
            portraits.request(f.portraitUrl(), size, image::set);
            return image.getReadOnlyProperty();
        };
    }
}
