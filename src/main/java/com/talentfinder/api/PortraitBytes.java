package com.talentfinder.api;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Guards for portrait images from outside: the size an image would decode to is read from its header first,
 * and an image over {@link #MAX_DECODE_SIDE} on a side is never decoded (a small file can decode to gigabytes);
 * portraits kept on a shortlist are stored downscaled to at most {@link #STORED_SIDE} pixels a side.
 */
public final class PortraitBytes {

    /** No image wider or taller than this is decoded. */
    public static final int MAX_DECODE_SIDE = 4096;
    /** Shortlist portraits are stored at most this many pixels a side. */
    public static final int STORED_SIDE = 256;

    private PortraitBytes() {
    }

    /** Width and height from the header (PNG, GIF, JPEG, WebP), without decoding; empty when unreadable. */
    public static Optional<int[]> dimensions(byte[] b) {
        if (b == null || b.length < 12) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b.length >= 24) {
            return Optional.of(new int[] {int32(b, 16), int32(b, 20)});
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return Optional.of(new int[] {u8(b, 6) | u8(b, 7) << 8, u8(b, 8) | u8(b, 9) << 8});
        }
        if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b.length >= 30 && b[8] == 'W') {
            return webp(b);
        }
        return imageIo(b);
    }

    /** True when the header says the image is at most {@link #MAX_DECODE_SIDE} on each side. */
    public static boolean withinDecodeLimit(byte[] b) {
        return dimensions(b).filter(d -> d[0] > 0 && d[1] > 0 && d[0] <= MAX_DECODE_SIDE
                && d[1] <= MAX_DECODE_SIDE).isPresent();
    }

    /**
     * The image fitted within {@code side} pixels a side: the bytes as they are when already small enough, else
     * decoded, scaled and written as PNG. Empty when the image is over the decode limit or cannot be read.
     */
    public static Optional<byte[]> downscaled(byte[] b, int side) {
        Optional<int[]> d = dimensions(b);
        if (d.isEmpty() || !withinDecodeLimit(b)) {
            return Optional.empty();
        }
        int w = d.get()[0];
        int h = d.get()[1];
        if (w <= side && h <= side) {
            return Optional.of(b);
        }
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(b));
            if (source == null) {
                return Optional.empty();
            }
            double scale = Math.min((double) side / w, (double) side / h);
            int tw = Math.max(1, (int) Math.round(w * scale));
            int th = Math.max(1, (int) Math.round(h * scale));
            BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
            var g = target.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(source, 0, 0, tw, th, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(target, "png", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<int[]> webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return Optional.of(new int[] {1 + (u8(b, 24) | u8(b, 25) << 8 | u8(b, 26) << 16),
                        1 + (u8(b, 27) | u8(b, 28) << 8 | u8(b, 29) << 16)});
            case "VP8L": {
                int bits = u8(b, 21) | u8(b, 22) << 8 | u8(b, 23) << 16 | u8(b, 24) << 24;
                return Optional.of(new int[] {1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)});
            }
            case "VP8 ":
                return Optional.of(new int[] {(u8(b, 26) | u8(b, 27) << 8) & 0x3FFF,
                        (u8(b, 28) | u8(b, 29) << 8) & 0x3FFF});
            default:
                return Optional.empty();
        }
    }

    /** JPEG and others: the reader reads the header only (no pixels) to answer the size. */
    private static Optional<int[]> imageIo(byte[] b) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int int32(byte[] b, int i) {
        long v = ((long) u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }
}
