package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPortraitsTest {

    @Test
    void rendersAPngOfTheRequestedSize() throws Exception {
        byte[] png = DemoPortraits.render("~01abcdef0123456789", "Zoë K.", 96);
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(96);
        assertThat(image.getHeight()).isEqualTo(96);
    }

    @Test
    void isDeterministic() {
        assertThat(DemoPortraits.render("~01abcdef0123456789", "Zoë K.", 64))
                .isEqualTo(DemoPortraits.render("~01abcdef0123456789", "Zoë K.", 64));
    }

    @Test
    void differsBetweenFreelancers() {
        assertThat(DemoPortraits.render("~01abcdef0123456789", "Zoë K.", 64))
                .isNotEqualTo(DemoPortraits.render("~01fedcba9876543210", "Søren L.", 64));
    }

    @Test
    void isMoreThanAFlatBackground() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DemoPortraits.render("~01aa", "A B.", 64)));
        assertThat(image.getRGB(32, 30)).isNotEqualTo(image.getRGB(2, 2));
        assertThat(image.getRGB(32, 60)).isNotEqualTo(image.getRGB(32, 30));
    }

    @Test
    void thePngHoldsExactlyThePixelsDrawn() throws Exception {
        BufferedImage drawn = new BufferedImage(37, 21, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                drawn.setRGB(x, y, (x * 7919 + y * 104_729) & 0xFFFFFF);
            }
        }

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(DemoPortraits.png(drawn)));

        assertThat(read.getWidth()).isEqualTo(37);
        assertThat(read.getHeight()).isEqualTo(21);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(drawn.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThatThrownBy(() -> DemoPortraits.render("~01aa", "A B.", 8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoPortraits.render("~01aa", "A B.", 4096))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
