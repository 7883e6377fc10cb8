package com.talentfinder.store;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A child process for the crash and two-process tests: adds {@code count} freelancers to a list, one committed
 * transaction each, printing the number committed after each commit. Every tenth write also adds a freelancer
 * shared by all writers to the list "Shared", creating it when missing.
 *
 * <p>Arguments: database file, list name, id prefix, count.
 */
public final class ShortlistWriterMain {

    private ShortlistWriterMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String listName = args[1];
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        try {
            ShortlistRepository repo = new ShortlistRepository(Database.open(file), Clock.systemUTC());
            Shortlist list = repo.findByName(listName).orElseThrow();
            for (int i = 0; i < count; i++) {
                repo.add(list.id(), List.of(freelancer(prefix + i)));
                if (i % 10 == 0) {
                    repo.addToListCreatingIfMissing("Shared", List.of(freelancer("shared-" + i)));
                }
                System.out.println(i + 1);
                System.out.flush();
            }
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
    }

    static Freelancer freelancer(String id) {
        return TestFreelancers.custom(id, "Writer " + id, null, null, false, null, false);
    }
}
