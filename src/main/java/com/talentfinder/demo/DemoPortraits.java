package com.talentfinder.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws demo portraits locally, without any network: a head-and-shoulders figure (skin tone, hair style,
 * shirt colour) on a soft gradient, all chosen from a hash of the id, so the same freelancer always gets
 * the same PNG. Deliberately not initials: the window uses initials as its placeholder.
 */
public final class DemoPortraits {

    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 1024;

    private static final int[][] BACKGROUNDS = {
        {0xFDE2E4, 0xFAD2E1}, {0xE2ECE9, 0xBEE1E6}, {0xDFE7FD, 0xCDDAFD}, {0xFFF1E6, 0xF0EFEB},
        {0xE9EDC9, 0xCCD5AE}, {0xFEC5BB, 0xFCD5CE}, {0xD8E2DC, 0xFFE5D9}, {0xCAF0F8, 0xADE8F4},
        {0xE4C1F9, 0xD0F4DE}, {0xFFF3B0, 0xE0FBFC},
    };
    private static final int[] SKIN = {0xF6D7C3, 0xEAC1A0, 0xD8A47F, 0xB98160, 0x8D5B3E, 0x6B4226};
    private static final int[] HAIR = {0x2B2118, 0x4A3426, 0x7A5230, 0xB08D57, 0xD9C08C, 0x1C1C1C, 0x8C8C8C,
        0xA0522D};
    private static final int[] SHIRT = {0x3D5A80, 0x98C1D9, 0xEE6C4D, 0x293241, 0x6A994E, 0x8E7DBE, 0xF2CC8F,
        0x457B9D, 0xE07A5F, 0x81B29A};

    private DemoPortraits() {
    }

    /**
     * A square PNG of {@code size} pixels for this freelancer.
     *
     * @throws IllegalArgumentException when size is outside {@value #MIN_SIZE}–{@value #MAX_SIZE}
     */
    public static byte[] render(String ciphertext, String name, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("Portrait size must be between 16 and 1024 pixels.");
        }
        long h = hash(String.valueOf(ciphertext) + '\u0000' + String.valueOf(name));
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            draw(g, size, h);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /**
     * The image as a PNG: 8-bit RGB, no row filter, fast deflate. A portrait is drawn for every row a page shows,
     * while the window lays out that page, so it is written in a fraction of the time {@code ImageIO}'s writer takes
     * (which tries every row filter and compresses hard); the pixels are the same.
     */
    static byte[] png(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] raw = new byte[h * (1 + 3 * w)];
        int at = 0;
        for (int y = 0; y < h; y++) {
            raw[at++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                raw[at++] = (byte) (p >>> 16);
                raw[at++] = (byte) (p >>> 8);
                raw[at++] = (byte) p;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 2);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB, no interlace
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void draw(Graphics2D g, int size, long h) {
        float s = size;
        int[] bg = BACKGROUNDS[bits(h, 0, BACKGROUNDS.length)];
        g.setPaint(new GradientPaint(0, 0, new Color(bg[0]), s, s, new Color(bg[1])));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new Ellipse2D.Float(-0.25f * s, -0.3f * s, 0.9f * s, 0.9f * s));

        Color skin = new Color(SKIN[bits(h, 8, SKIN.length)]);
        Color hair = new Color(HAIR[bits(h, 16, HAIR.length)]);
        Color shirt = new Color(SHIRT[bits(h, 24, SHIRT.length)]);
        int hairStyle = bits(h, 32, 5);

        if (hairStyle == 1) {
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Float(0.29f * s, 0.20f * s, 0.42f * s, 0.52f * s, 0.3f * s, 0.3f * s));
        }
        g.setColor(shirt);
        g.fill(new Ellipse2D.Float(0.12f * s, 0.70f * s, 0.76f * s, 0.62f * s));
        g.setColor(skin.darker());
        g.fill(new RoundRectangle2D.Float(0.43f * s, 0.55f * s, 0.14f * s, 0.20f * s, 0.06f * s, 0.06f * s));
        g.setColor(shirt.darker());
        g.fill(new Ellipse2D.Float(0.41f * s, 0.69f * s, 0.18f * s, 0.07f * s));
        g.setColor(skin);
        g.fill(new Ellipse2D.Float(0.33f * s, 0.22f * s, 0.34f * s, 0.40f * s));
        drawHair(g, s, hair, hairStyle);
    }

    private static void drawHair(Graphics2D g, float s, Color hair, int style) {
        g.setColor(hair);
        switch (style) {
            case 0, 1 -> fillTopOfHead(g, s, 0.30f);
            case 2 -> {
                fillTopOfHead(g, s, 0.26f);
                g.fill(new Ellipse2D.Float(0.43f * s, 0.12f * s, 0.14f * s, 0.13f * s));
            }
            case 3 -> {
                fillTopOfHead(g, s, 0.22f);
                for (int i = 0; i < 5; i++) {
                    g.fill(new Ellipse2D.Float((0.295f + 0.07f * i) * s, (0.16f + (i % 2) * 0.025f) * s,
                            0.14f * s, 0.14f * s));
                }
            }
            default -> {
                // close-cropped: a thin cap only
                g.setColor(new Color(hair.getRed(), hair.getGreen(), hair.getBlue(), 150));
                fillTopOfHead(g, s, 0.14f);
            }
        }
    }

    /** The upper part of the head ellipse, {@code depth} of the image tall, in the current colour. */
    private static void fillTopOfHead(Graphics2D g, float s, float depth) {
        Graphics2D clip = (Graphics2D) g.create();
        try {
            clip.clipRect(0, 0, Math.round(s), Math.round((0.20f + depth * 0.6f) * s));
            clip.fill(new Ellipse2D.Float(0.315f * s, 0.19f * s, 0.37f * s, 0.44f * s));
        } finally {
            clip.dispose();
        }
    }

    private static int bits(long h, int shift, int modulo) {
        return (int) (((h >>> shift) & 0xFF) % modulo);
    }

    /** FNV-1a over UTF-8: stable across JVMs, unlike identity hashes. */
    private static long hash(String text) {
        long h = 0xCBF2_9CE4_8422_2325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xFF);
            h *= 0x0100_0000_01B3L;
        }
        return h ^ (h >>> 29);
    }
}
