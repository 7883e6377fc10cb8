package com.talentfinder.app.insights;

import com.talentfinder.app.config.PrivateFiles;
import com.talentfinder.cleaning.UntrustedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The skill watchlist: a small text file in the data folder, one keyword a line, read as untrusted (cleaned,
 * capped) like every file the app did not just write itself. The Insights screen edits it; the daily check at
 * start reads it.
 */
public final class WatchlistFile {

    /** Keywords on the watchlist at most; a longer (edited) file is cut here. */
    public static final int MAX_WATCHLIST = 50;
    private static final int MAX_KEYWORD = 80;

    private final Path file;

    public WatchlistFile(Path dataFolder) {
        this.file = dataFolder.resolve("insights-watchlist.txt");
    }

    /** The keywords, in the user's order, repeats dropped; empty when there is no file. */
    public List<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String k = UntrustedText.singleLine(line, MAX_KEYWORD);
            if (k != null && !k.isBlank()) {
                out.add(k.strip());
            }
            if (out.size() == MAX_WATCHLIST) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Replaces the file (atomically). */
    public void write(List<String> keywords) throws IOException {
        String text = String.join("\n", keywords.stream().limit(MAX_WATCHLIST).toList()) + "\n";
        PrivateFiles.writeAtomically(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
