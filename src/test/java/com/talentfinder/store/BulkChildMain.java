package com.talentfinder.store;

import com.talentfinder.domain.EntryStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process {@link KillDuringBulkTest} kills with {@code kill -9} in the middle of a bulk status change.
 *
 * <p>Arguments: database file, list name, status. Prints "started", then "progress N" from inside the transaction
 * (pausing a few milliseconds each time, so the transaction is long enough to be killed in), then "committed".
 */
public final class BulkChildMain {

    private BulkChildMain() {
    }

    public static void main(String[] args) {
        try {
            ShortlistRepository repo = new ShortlistRepository(Database.open(Path.of(args[0])), Clock.systemUTC());
            long list = repo.findByName(args[1]).orElseThrow().id();
            List<String> ids = new ArrayList<>();
            repo.forEachEntry(list, EntryQuery.all(), e -> ids.add(e.freelancerId()));
            BulkEdits bulk = new BulkEdits(Database.open(Path.of(args[0])), Clock.systemUTC());
            say("started");
            bulk.setStatus(list, ids, EntryStatus.valueOf(args[2]), (done, total) -> {
                say("progress " + done);
                pause();
            });
            say("committed");
        } catch (RuntimeException e) {
            say("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
