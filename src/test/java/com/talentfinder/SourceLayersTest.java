package com.talentfinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layer order on the source, not only the bytecode: an import kept for a Javadoc link leaves no trace in
 * the classes but still ties the packages together (issue 12).
 */
class SourceLayersTest {

    /** A package may import its own rank or lower ones; equal ranks other than itself are siblings (no). */
    private static final Map<String, Integer> RANK = Map.of("domain", 0, "cleaning", 1, "api", 2, "store", 2,
            "export", 2, "insights", 2, "demo", 3, "app", 4, "ui", 5, "cli", 5);

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?com\\.talentfinder\\.(\\w+)",
            Pattern.MULTILINE);

    @Test
    void sourceImportsOnlyReachDown() throws IOException {
        Path root = Path.of("src/main/java/com/talentfinder");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(file);
                if (rel.getNameCount() < 2) {
                    continue; // Launcher
                }
                String layer = rel.getName(0).toString();
                Integer rank = RANK.get(layer);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    Integer targetRank = RANK.get(target);
                    if (rank == null || targetRank == null || target.equals(layer)) {
                        continue;
                    }
                    // store implements the api's storage ports (PageCache, CallLedger)
                    boolean ports = layer.equals("store") && target.equals("api");
                    if (targetRank > rank || targetRank.equals(rank) && !ports) {
                        wrong.add(rel + " imports " + target);
                    }
                }
            }
        }
        assertThat(wrong).as("imports against the layer order").isEmpty();
    }
}
