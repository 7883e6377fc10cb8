package com.talentfinder.store;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process the fault tests kill with {@code kill -9} in the middle of its work, printing a line after each
 * unit of work is complete.
 *
 * <p>{@code import DB FILE}: imports FILE's entries again and again under the list names "Batch 0", "Batch 1"…
 * (printing the batch number after each import). {@code migrate DB}: opens (and so migrates) DB, printing
 * "opening" first and "open" after. {@code export DB LIST OUT}: exports the list LIST to OUT (CSV) again and
 * again, printing the round after each.
 */
public final class FaultChildMain {

    private FaultChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "import" -> {
                    ShortlistRepository repo = new ShortlistRepository(Database.open(db), Clock.systemUTC());
                    String template = Files.readString(Path.of(args[2]));
                    for (int i = 0; ; i++) {
                        String json = template.replace("\"name\":\"Batch\"", "\"name\":\"Batch " + i + "\"");
                        new ShortlistImporter(repo, Clock.systemUTC())
                                .importFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                        say(Integer.toString(i));
                    }
                }
                case "migrate" -> {
                    say("opening");
                    Database.open(db);
                    say("open");
                }
                case "export" -> {
                    ShortlistRepository repo = new ShortlistRepository(Database.open(db), Clock.systemUTC());
                    long id = repo.findByName(args[2]).orElseThrow().id();
                    for (int i = 0; ; i++) {
                        com.talentfinder.export.ShortlistExporter.exportShortlist(args[2],
                                sink -> repo.forEachEntry(id, EntryQuery.all(), sink), ExportFormat.CSV,
                                ExportColumn.forShortlist(), Path.of(args[3]), Clock.systemUTC());
                        say(Integer.toString(i));
                    }
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (RuntimeException e) {
            say("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
