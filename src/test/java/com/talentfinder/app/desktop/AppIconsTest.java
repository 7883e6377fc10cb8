package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void everyListedIconIsOnTheClassPath() {
        assertThat(AppIcons.paths()).hasSize(8)
                .allSatisfy(path -> assertThat(AppIcons.class.getResource(path)).as(path).isNotNull());
    }

    @Test
    void eachIconHasTheSizeItsNameSays() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.path(size))) {
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).as("width of %d px icon", size).isEqualTo(size);
                assertThat(image.getHeight()).as("height of %d px icon", size).isEqualTo(size);
            }
        }
    }
}
