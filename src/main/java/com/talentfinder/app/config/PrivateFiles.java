package com.talentfinder.app.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes small files in the data folder the safe way: into a temporary file readable by the user only,
 * then moved over the target in one step, so a crash never leaves half a file and nobody else reads it.
 */
public final class PrivateFiles {

    private static final System.Logger LOG = System.getLogger(PrivateFiles.class.getName());
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_FOLDER =
            PosixFilePermissions.fromString("rwx------");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_FILE =
            PosixFilePermissions.fromString("rw-------");

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PrivateFiles() {
    }

    /** Names (or name starts) of what the app keeps in its data folder; nothing else there is touched. */
    private static final java.util.List<String> OURS = java.util.List.of("talent-finder.db", "settings.properties",
            "api-key", "instance.", "window.properties", "logs", "portraits", "team-database");

    /**
     * Makes the app's files in the data folder readable by the user only (POSIX: the database, its WAL,
     * backups, settings, logs and cached portraits 0600, their folders 0700), and the folder itself 0700 when
     * {@code wholeFolder} (the default location, or a folder the app created). Files the app does not own are
     * never touched. Best effort, never fails: a file system without POSIX permissions (Windows: the per-user
     * AppData folder is private already) or a file it cannot change is left as it is.
     */
    public static void secureFolder(Path folder, boolean wholeFolder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.isDirectory(folder)) {
            return;
        }
        if (wholeFolder) {
            restrict(folder);
        }
        try (var entries = Files.list(folder)) {
            entries.filter(p -> OURS.stream().anyMatch(p.getFileName().toString()::startsWith))
                    .forEach(p -> {
                        restrict(p);
                        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                            try (var inside = Files.list(p)) {
                                inside.forEach(PrivateFiles::restrict);
                            } catch (IOException | java.io.UncheckedIOException e) {
                                LOG.log(System.Logger.Level.DEBUG, "Could not list " + p.getFileName());
                            }
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not list the data folder to make it private");
        }
    }

    private static void restrict(Path p) {
        try {
            if (!Files.isSymbolicLink(p)) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? OWNER_FOLDER : OWNER_FILE);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not make private: " + p.getFileName());
        }
    }

    /** Makes one file readable by the user only (POSIX), best effort. */
    public static void makePrivate(Path file) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not make private: " + file.getFileName());
        }
    }

    public static void writeAtomically(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String prefix = target.getFileName().toString();
        Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, prefix, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, prefix, ".tmp"); // Windows: inherits the per-user folder's ACL
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
