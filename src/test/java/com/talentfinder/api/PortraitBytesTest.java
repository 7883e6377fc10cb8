package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 10, point 6: sizes read from the header; nothing over 4096 x 4096 decoded; stored portraits <= 256 px. */
class PortraitBytesTest {

    /** A PNG whose header claims {@code w} x {@code h} (a few hundred bytes that would decode to gigabytes). */
    static byte[] pngClaiming(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    @Test
    void readsTheSizeFromTheHeader() {
        assertThat(PortraitBytes.dimensions(TestImages.png(40, 30))).hasValueSatisfying(d -> assertThat(d)
                .containsExactly(40, 30));
        assertThat(PortraitBytes.dimensions(pngClaiming(100_000, 100_000))).hasValueSatisfying(d -> assertThat(d)
                .containsExactly(100_000, 100_000));
    }

    @Test
    @Timeout(5)
    void refusesAnImageOver4096ASideWithoutDecodingIt() {
        assertThat(PortraitBytes.withinDecodeLimit(pngClaiming(4097, 10))).isFalse();
        assertThat(PortraitBytes.withinDecodeLimit(pngClaiming(50_000, 50_000))).isFalse();
        assertThat(PortraitBytes.downscaled(pngClaiming(50_000, 50_000), 256)).isEmpty();
        assertThat(PortraitBytes.withinDecodeLimit(TestImages.png(64, 64))).isTrue();
        assertThat(PortraitBytes.withinDecodeLimit(new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void aLargePortraitIsStoredAtMost256PixelsASide() throws Exception {
        byte[] big = TestImages.png(1024, 512);
        byte[] small = PortraitBytes.downscaled(big, PortraitBytes.STORED_SIDE).orElseThrow();
        var image = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(128);
        byte[] tiny = TestImages.png(32, 32);
        assertThat(PortraitBytes.downscaled(tiny, 256)).hasValue(tiny);
    }
}
