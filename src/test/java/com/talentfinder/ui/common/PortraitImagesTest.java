package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.ui.SyncTaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class PortraitImagesTest {

    private static final String A = "https://www.upwork.com/profile-portraits/a.png";
    private static final String B = "https://www.upwork.com/profile-portraits/b.png";
    private static final String C = "https://www.upwork.com/profile-portraits/c.png";

    private final List<String> asked = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private PortraitSource recording(Optional<byte[]> answer) {
        return url -> {
            asked.add(url);
            return answer;
        };
    }

    @Test
    void decodesAPortraitAtTheRequestedSize() throws Exception {
        PortraitImages images = new PortraitImages(recording(Optional.of(png(200, 200))), new SyncTaskRunner());
        List<Image> got = new ArrayList<>();

        images.request(A, 32, got::add);

        assertThat(got).hasSize(1);
        assertThat(got.get(0).getWidth()).isEqualTo(32);
    }

    @Test
    void servesASecondRequestFromMemory() throws Exception {
        PortraitImages images = new PortraitImages(recording(Optional.of(png(64, 64))), new SyncTaskRunner());
        List<Image> got = new ArrayList<>();

        images.request(A, 32, got::add);
        images.request(A, 32, got::add);

        assertThat(asked).containsExactly(A);
        assertThat(got).hasSize(2);
        assertThat(images.cached(A, 32)).isSameAs(got.get(0));
    }

    @Test
    void keepsSizesApart() throws Exception {
        PortraitImages images = new PortraitImages(recording(Optional.of(png(64, 64))), new SyncTaskRunner());
        images.request(A, 32, img -> { });
        images.request(A, 112, img -> { });
        assertThat(asked).containsExactly(A, A);
    }

    @Test
    void remembersMissesWithoutCallingBack() {
        PortraitImages images = new PortraitImages(recording(Optional.empty()), new SyncTaskRunner());
        List<Image> got = new ArrayList<>();
        images.request(A, 32, got::add);
        images.request(A, 32, got::add);
        assertThat(got).isEmpty();
        assertThat(asked).containsExactly(A);
    }

    @Test
    void ignoresBytesThatAreNoImage() {
        PortraitImages images = new PortraitImages(recording(Optional.of("<html>".getBytes())),
                new SyncTaskRunner());
        List<Image> got = new ArrayList<>();
        images.request(A, 32, got::add);
        assertThat(got).isEmpty();
    }

    @Test
    void evictsTheLeastRecentlyUsed() {
        PortraitImages images = new PortraitImages(recording(Optional.empty()), new SyncTaskRunner(), 2);
        images.request(A, 32, img -> { });
        images.request(B, 32, img -> { });
        images.request(A, 32, img -> { });
        images.request(C, 32, img -> { });
        images.request(A, 32, img -> { });
        images.request(B, 32, img -> { });

        assertThat(asked).containsExactly(A, B, C, B);
        assertThat(images.cachedCount()).isEqualTo(2);
    }

    @Test
    void neverPassesUnsafeUrlsToTheSource() {
        PortraitImages images = new PortraitImages(recording(Optional.empty()), new SyncTaskRunner());
        for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "http://www.upwork.com/a.png",
                "https://evil.example/a.png", "https://upwork.com.evil.example/a.png")) {
            images.request(url, 32, img -> { });
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void avatarShowsInitialsThenThePortrait() throws Exception {
        PortraitImages images = new PortraitImages(recording(Optional.of(png(64, 64))), new SyncTaskRunner());
        InitialsAvatar withPortrait = (InitialsAvatar) images.avatar(Freelancers.olena(), 32);
        InitialsAvatar without = (InitialsAvatar) images.avatar(Freelancers.hidden(), 32);

        assertThat(withPortrait.isShowingImage()).isTrue();
        assertThat(without.isShowingImage()).isFalse();
        assertThat(without.getInitials()).isEqualTo("MD");
    }

    private static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
