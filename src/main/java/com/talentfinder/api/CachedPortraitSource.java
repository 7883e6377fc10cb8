package com.talentfinder.api;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Caches portraits in front of another source: a small in-memory LRU of recent images, then a folder on disk
 * ({@code <dataFolder>/portraits/}, one file per URL named by the URL's SHA-256). Files are written to a
 * temporary file and moved into place, carry a length and checksum so a torn or corrupt file is detected and
 * fetched again, and the folder is kept under a size bound by deleting the least recently used files.
 * Thread-safe; concurrent loads of the same URL reach the delegate once.
 */
public final class CachedPortraitSource implements PortraitSource {

    public static final long DEFAULT_MAX_DISK_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MEMORY_ENTRIES = 64;

    private static final System.Logger LOG = System.getLogger(CachedPortraitSource.class.getName());
    private static final int MAGIC = 0x54465031; // "TFP1"
    private static final int HEADER_BYTES = 16;
    private static final String SUFFIX = ".img";
    private static final int STRIPES = 32;

    private final Path folder;
    private final PortraitSource delegate;
    private final long maxDiskBytes;
    private final Map<String, byte[]> memory;
    private final Object[] stripes = new Object[STRIPES];
    private final Object evictionLock = new Object();

    /** A cache in {@code <dataFolder>/portraits/} with the default bounds. */
    public static CachedPortraitSource inDataFolder(Path dataFolder, PortraitSource delegate) {
        return new CachedPortraitSource(dataFolder.resolve("portraits"), delegate, DEFAULT_MAX_DISK_BYTES,
                DEFAULT_MEMORY_ENTRIES);
    }

    public CachedPortraitSource(Path folder, PortraitSource delegate, long maxDiskBytes, int memoryEntries) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.maxDiskBytes = maxDiskBytes;
        this.memory = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > memoryEntries;
            }
        };
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Optional<byte[]> load(String portraitUrl) throws InterruptedException {
        if (portraitUrl == null || portraitUrl.isBlank()) {
            return Optional.empty();
        }
        String key = keyFor(portraitUrl);
        synchronized (stripes[Math.floorMod(key.hashCode(), STRIPES)]) {
            byte[] cached = fromMemory(key);
            if (cached == null) {
                cached = fromDisk(key);
                if (cached != null) {
                    remember(key, cached);
                }
            }
            if (cached != null) {
                return Optional.of(cached.clone());
            }
            Optional<byte[]> loaded = delegate.load(portraitUrl);
            loaded.ifPresent(bytes -> {
                remember(key, bytes.clone());
                toDisk(key, bytes);
            });
            return loaded.map(byte[]::clone);
        }
    }

    /** The cache file name for a URL: the SHA-256 of the URL in hex, plus a suffix. */
    static String fileNameFor(String url) {
        return keyFor(url) + SUFFIX;
    }

    private static String keyFor(String url) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(url.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private byte[] fromMemory(String key) {
        synchronized (memory) {
            return memory.get(key);
        }
    }

    private void remember(String key, byte[] bytes) {
        synchronized (memory) {
            memory.put(key, bytes);
        }
    }

    private byte[] fromDisk(String key) {
        Path file = folder.resolve(key + SUFFIX);
        try {
            byte[] stored = Files.readAllBytes(file);
            byte[] image = unwrap(stored);
            if (image == null) {
                LOG.log(System.Logger.Level.DEBUG, "Dropping a damaged portrait cache file");
                Files.deleteIfExists(file);
                return null;
            }
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return image;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Portrait cache read failed: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private void toDisk(String key, byte[] image) {
        if (HEADER_BYTES + image.length > maxDiskBytes) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, wrap(image));
            Path target = folder.resolve(key + SUFFIX);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            evictOverflow();
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Portrait cache write failed: " + e.getClass().getSimpleName());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Deletes the least recently used files until the folder is within its bound. */
    private void evictOverflow() throws IOException {
        synchronized (evictionLock) {
            record Cached(Path path, long size, FileTime modified) {
            }
            List<Cached> files = new ArrayList<>();
            long total = 0;
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
                for (Path p : dir) {
                    try {
                        Cached c = new Cached(p, Files.size(p), Files.getLastModifiedTime(p));
                        files.add(c);
                        total += c.size();
                    } catch (NoSuchFileException e) {
                        // removed meanwhile
                    }
                }
            }
            if (total <= maxDiskBytes) {
                return;
            }
            files.sort(Comparator.comparing(Cached::modified).thenComparing(c -> c.path().getFileName()));
            for (Cached c : files) {
                if (total <= maxDiskBytes) {
                    break;
                }
                Files.deleteIfExists(c.path());
                total -= c.size();
            }
        }
    }

    private static byte[] wrap(byte[] image) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_BYTES + image.length);
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeInt(MAGIC);
            data.writeInt(image.length);
            data.writeLong(crc.getValue());
            data.write(image);
        }
        return out.toByteArray();
    }

    /** The image inside a cache file, or null when the file is torn, foreign or corrupt. */
    private static byte[] unwrap(byte[] stored) {
        if (stored.length < HEADER_BYTES) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(stored);
        if (buf.getInt() != MAGIC) {
            return null;
        }
        int length = buf.getInt();
        long expectedCrc = buf.getLong();
        if (length < 0 || length != stored.length - HEADER_BYTES) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(stored, HEADER_BYTES, length);
        if (crc.getValue() != expectedCrc) {
            return null;
        }
        byte[] image = new byte[length];
        System.arraycopy(stored, HEADER_BYTES, image, 0, length);
        return image;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file is harmless: it never matches the cache suffix
            }
        }
    }
}
