package com.talentfinder.app.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The file work behind the start-up choices. Nothing here deletes a byte of the user's data: a damaged file is
 * renamed aside with the date ({@code talent-finder.db.damaged-20261202-041500}), a backup is copied, not moved.
 */
public final class DataRecovery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** SQLite's companion files, moved together with the database so they are never applied to another one. */
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private DataRecovery() {
    }

    /** The newest migration backup beside {@code database} ({@code <name>.before-v*.bak}), if any. */
    public static Optional<Path> newestBackup(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        String prefix = database.getFileName() + ".before-v";
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".bak") && Files.isRegularFile(p))
                    .max(Comparator.comparing(DataRecovery::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Renames {@code file} (and, for a database, its journal files) aside with today's date and time.
     *
     * @return the new name of the main file, or empty when there was nothing to move
     */
    public static Optional<Path> keepAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path kept = null;
        for (String suffix : COMPANIONS) {
            Path source = file.resolveSibling(file.getFileName() + suffix);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = uniqueSibling(file, file.getFileName() + ".damaged-" + stamp, suffix);
            Files.move(source, target);
            if (suffix.isEmpty()) {
                kept = target;
            }
        }
        return Optional.ofNullable(kept);
    }

    /** Keeps the damaged database aside, then copies {@code backup} into its place. */
    public static void restore(Path database, Path backup) throws IOException {
        keepAside(database);
        Path tmp = database.resolveSibling(database.getFileName() + ".restoring");
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, database, StandardCopyOption.ATOMIC_MOVE);
    }

    /** "2026-12-02 04:15", the backup's time for a sentence. */
    static String describe(Path file) {
        return LocalDateTime.ofInstant(modified(file).toInstant(), ZoneId.systemDefault()).format(HUMAN);
    }

    private static Path uniqueSibling(Path file, String base, String suffix) {
        Path candidate = file.resolveSibling(base + suffix);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = file.resolveSibling(base + "-" + i + suffix);
        }
        return candidate;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
