package com.talentfinder.ui.saved;

import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.TimeSource;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.store.Database;
import com.talentfinder.store.SavedSearchRepository;
import com.talentfinder.store.SqliteCallLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Saved searches over a temporary database and a fake service whose ranking the test changes. */
final class SavedFixture {

    final List<Freelancer> ranking = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final SavedSearches saved;

    SavedFixture(Path dir, Clock clock) {
        Database db = Database.open(dir.resolve("saved.db"));
        CreditMeter meter = new CreditMeter(new SqliteCallLedger(db, clock.getZone()), () -> 100, clock);
        FreelancerSource source = request -> {
            calls.incrementAndGet();
            int from = Math.min(ranking.size(), (request.page() - 1) * request.perPage());
            int to = Math.min(ranking.size(), from + request.perPage());
            int pages = (ranking.size() + request.perPage() - 1) / request.perPage();
            return new SearchPage(request, ranking.size(), pages, new ArrayList<>(ranking.subList(from, to)),
                    Instant.now(clock), false);
        };
        saved = new SavedSearches(new SavedSearchRepository(db), () -> new SavedSearches.Fetching() {
            @Override
            public BatchFetcher fetcher() {
                return new BatchFetcher(source, r -> false, null, TimeSource.SYSTEM);
            }

            @Override
            public BatchPlanner planner() {
                return new BatchPlanner(r -> false, meter, null);
            }

            @Override
            public boolean demo() {
                return false;
            }
        }, clock);
    }

    static Freelancer person(int n) {
        String id = String.format("~01cc%014d", n);
        return new Freelancer(id, "Person " + n, "React developer " + n, "", "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal(20 + n), "USD", "Portugal", null, "Lisbon", null, List.of("React"), 90, false, null,
                false, 100.0, 3, false, false, false, true);
    }

    void rank(int from, int to) {
        for (int i = from; i <= to; i++) {
            ranking.add(person(i));
        }
    }
}
