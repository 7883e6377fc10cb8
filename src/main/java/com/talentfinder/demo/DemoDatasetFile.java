package com.talentfinder.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The shared demo dataset prepared at build time ({@code mvn compile} runs {@link #main} into
 * {@code target/classes}), so the app reads it instead of generating it at start. Gzipped {@code DataOutput}:
 * a header (format, seed, size), then per record the fields search needs and the raw record's JSON text, which
 * is parsed only when the record is served. Reading it takes less CPU than generating (Jackson trees are built
 * for the few records a page shows, not for all 3,600). The generator stays the source of truth: a missing,
 * stale or damaged resource only means the dataset is generated as before.
 */
public final class DemoDatasetFile {

    /** The resource beside this class. */
    static final String RESOURCE = "demo-dataset.bin.gz";
    private static final String FORMAT = "talent-finder-demo-dataset v1";

    private DemoDatasetFile() {
    }

    /** Writes {@code data} (generated from {@code seed}) in this format. */
    static void write(DemoDataset data, long seed, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16),
                1 << 16))) {
            d.writeUTF(FORMAT);
            d.writeLong(seed);
            d.writeInt(data.size());
            for (DemoDataset.Entry e : data.entries()) {
                d.writeUTF(e.ciphertext());
                d.writeUTF(e.name());
                d.writeUTF(e.title());
                d.writeUTF(e.description());
                d.writeByte(e.skills().size());
                for (String skill : e.skills()) {
                    d.writeUTF(skill);
                }
                d.writeBoolean(e.jobSuccessScore() != null);
                d.writeDouble(e.jobSuccessScore() == null ? 0 : e.jobSuccessScore());
                d.writeUTF(json.writeValueAsString(e.toJson()));
            }
        }
    }

    /** Reads a dataset written by {@link #write}; empty when it holds another seed, size or format. */
    static Optional<DemoDataset> read(InputStream in, long seed, int size) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16),
                1 << 16))) {
            if (!FORMAT.equals(d.readUTF()) || d.readLong() != seed || d.readInt() != size) {
                return Optional.empty();
            }
            List<DemoDataset.Entry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String ciphertext = d.readUTF();
                String name = d.readUTF();
                String title = d.readUTF();
                String description = d.readUTF();
                int skillCount = d.readUnsignedByte();
                List<String> skills = new ArrayList<>(skillCount);
                for (int k = 0; k < skillCount; k++) {
                    skills.add(d.readUTF());
                }
                boolean hasScore = d.readBoolean();
                double score = d.readDouble();
                entries.add(new DemoDataset.Entry(ciphertext, name, title, description, skills,
                        hasScore ? Double.valueOf(score) : null, d.readUTF()));
            }
            return d.read() == -1 ? Optional.of(DemoDataset.of(entries)) : Optional.empty();
        }
    }

    /** The shipped resource, when it is there and holds this seed and size. */
    static Optional<DemoDataset> readResource(long seed, int size) {
        InputStream in = DemoDatasetFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return read(in, seed, size);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged resource: generate instead
        }
    }

    /** Build step: writes the shared dataset to {@code args[0]}/com/talentfinder/demo/{@value #RESOURCE}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/classes").resolve("com/talentfinder/demo");
        Files.createDirectories(dir);
        Path file = dir.resolve(RESOURCE);
        DemoDataset data = DemoDataset.generate(DemoDataset.DEFAULT_SEED, DemoDataset.DEFAULT_SIZE);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(data, DemoDataset.DEFAULT_SEED, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
