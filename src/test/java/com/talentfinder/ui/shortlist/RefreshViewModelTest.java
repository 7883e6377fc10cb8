package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CallLedger;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.TimeSource;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();
    private final Notices notices = new Notices();
    private final List<SearchRequest> calls = new ArrayList<>();
    private final Map<String, List<Freelancer>> answers = new HashMap<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private int creditsUsed;

    /** Answers a search with the freelancers registered for its query, or none. */
    private final FreelancerSource source = r -> {
        calls.add(r);
        List<Freelancer> found = answers.getOrDefault(r.normalisedQuery(), List.of());
        return new SearchPage(r, found.size(), 1, found, Instant.EPOCH, false);
    };

    private final CallLedger ledger = new CallLedger() {
        @Override
        public void recordCall(String apiUrl, Instant at, int httpStatus) {
        }

        @Override
        public int callsInMonth(YearMonth month) {
            return creditsUsed;
        }
    };

    private RefreshViewModel vm;

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Frontend Q1");
        CreditMeter meter = new CreditMeter(ledger, () -> 100, Samples.CLOCK);
        vm = new RefreshViewModel(repo, new SyncTaskRunner(), dialogs,
                () -> new BatchPlanner(r -> false, meter, null),
                () -> new BatchFetcher(source, r -> false, null, TimeSource.SYSTEM), notices, reloads::incrementAndGet);
    }

    private static String queryOf(Freelancer f) {
        return ListRefresher.requestFor(f).normalisedQuery();
    }

    private ShortlistEntry stored(String id) {
        return repo.entry(list.id(), id).orElseThrow();
    }

    @Test
    void theSearchIsByNameAndTheFirstWordsOfTheTitle() {
        SearchRequest r = ListRefresher.requestFor(Samples.freelancer("~a", "Ada L."));

        assertThat(r.query()).isEqualTo("Ada L. React developer and");
        assertThat(r.perPage()).isEqualTo(50);
    }

    @Test
    void itSaysWhatItCostsBeforeAnyCall() {
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        dialogs.answer = false;

        vm.refresh(list);

        assertThat(dialogs.questions).singleElement().asString()
                .startsWith("Checking 2 entries needs 2 searches: 0 answered by the cache, 2 calls to the API "
                        + "(100 credits left this month).");
        assertThat(calls).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void itWarnsWhenTheCallsGoPastTheCreditsLeft() {
        creditsUsed = 99;
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        dialogs.answer = false;

        vm.refresh(list);

        assertThat(dialogs.questions.get(0)).contains("Warning: 2 calls is more than the 1 credits you have left");
    }

    @Test
    void aChangedRateIsRecordedWithWhatChanged() {
        Freelancer saved = Samples.freelancer("~a", "Ada", "35", 90, List.of("React"));
        repo.add(list.id(), List.of(saved));
        answers.put(queryOf(saved), List.of(Samples.freelancer("~x", "Other"),
                Samples.freelancer("~a", "Ada", "40", 90, List.of("React"))));

        vm.refresh(list);

        ShortlistEntry e = stored("~a");
        assertThat(e.refresh().state()).isEqualTo(RefreshState.CHANGED);
        assertThat(RefreshChanges.describe(e.refresh().changesJson())).isEqualTo("Rate 35 → 40 USD");
        assertThat(e.freelancer().hourlyRate()).isEqualByComparingTo("35");
        assertThat(reloads.get()).isEqualTo(1);
    }

    @Test
    void anEntryNotFoundIsMarkedAndKept() {
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada")));

        vm.refresh(list);

        assertThat(stored("~a").refresh().state()).isEqualTo(RefreshState.NOT_FOUND);
        assertThat(notices.currentProperty().get().message()).contains("0 changed, 0 unchanged, 1 not found");
    }

    @Test
    void anUnchangedProfileIsRecordedAsUnchanged() {
        Freelancer saved = Samples.freelancer("~a", "Ada");
        repo.add(list.id(), List.of(saved));
        answers.put(queryOf(saved), List.of(saved));

        vm.refresh(list);

        assertThat(stored("~a").refresh().state()).isEqualTo(RefreshState.UNCHANGED);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aHiddenJssIsRecordedAsHiddenNotAsANumber() {
        Freelancer saved = Samples.freelancer("~a", "Ada", "35", 90, List.of("React"));
        Freelancer now = new Freelancer("~a", "Ada", saved.title(), null, saved.profileUrl(), null,
                saved.hourlyRate(), "USD", null, null, null, null, List.of(), null, true, null, false, null, null,
                false, false, false, false);
        repo.add(list.id(), List.of(saved));
        answers.put(queryOf(saved), List.of(now));

        vm.refresh(list);

        assertThat(RefreshChanges.describe(stored("~a").refresh().changesJson())).isEqualTo("JSS 90% → hidden");
    }
}
