package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.store.Database;
import com.talentfinder.store.ShortlistRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test data and fakes for the shortlist ViewModels. */
final class Samples {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    private Samples() {
    }

    static ShortlistRepository repo(Path dir) {
        return new ShortlistRepository(Database.open(dir.resolve("t.db")), CLOCK);
    }

    static Freelancer freelancer(String id, String name, String rate, Integer jss, List<String> skills) {
        return new Freelancer(id, name, "React developer and more", "About " + name,
                "https://www.upwork.com/freelancers/" + id, "https://www.upwork.com/profile-portraits/" + id + ".png",
                rate == null ? null : new BigDecimal(rate), "USD", "Germany", null, "Berlin", "UTC+01:00", skills,
                jss, false, new BigDecimal("1000"), false, 100.0, 5, false, false, false, true);
    }

    static Freelancer freelancer(String id, String name) {
        return freelancer(id, name, "35", 90, List.of("React", "TypeScript"));
    }

    static List<Freelancer> many(int n) {
        List<Freelancer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(freelancer(String.format("~%06d", i), String.format("Person %06d", i)));
        }
        return out;
    }

    /** Answers every question with a fixed value and records the questions. */
    static final class FakeDialogs implements ShortlistDialogs {
        final List<String> questions = new CopyOnWriteArrayList<>();
        boolean answer = true;
        Path exportTarget;
        Path importFile;
        String name;

        @Override
        public boolean confirm(String title, String message, String action) {
            questions.add(message);
            return answer;
        }

        /** The answer to {@link #choose}: 0 first action, 1 second, -1 cancel. */
        int choice = 0;

        @Override
        public int choose(String title, String message, String first, String second) {
            questions.add(message);
            return choice;
        }

        @Override
        public Optional<String> askName(String title, String initial) {
            return Optional.ofNullable(name);
        }

        @Override
        public Optional<Path> chooseExportTarget(String suggestedName, String extension) {
            questions.add(suggestedName);
            return Optional.ofNullable(exportTarget);
        }

        @Override
        public boolean confirmOverwrite(Path file) {
            questions.add("overwrite " + file.getFileName());
            return answer;
        }

        @Override
        public Optional<Path> chooseImportFile() {
            return Optional.ofNullable(importFile);
        }
    }
}
