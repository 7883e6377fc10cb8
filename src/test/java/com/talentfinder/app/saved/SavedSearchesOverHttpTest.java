package com.talentfinder.app.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches end to end: the app's real source chain (cache, pacing, credit ledger) over HTTP against a loopback
 * server whose ranking can change between runs.
 */
class SavedSearchesOverHttpTest {

    private static final int PER_PAGE = 10;

    @TempDir
    Path home;
    private StubApiServer server;
    private AppServices services;
    private SavedSearches saved;
    /** The server's ranking, best first; tests change it between runs. */
    private final List<String> ranking = new CopyOnWriteArrayList<>();

    static String id(int n) {
        return String.format("~01aa%014d", n);
    }

    @BeforeEach
    void start() {
        server = StubApiServer.start();
        server.route("/search_freelancers", req -> {
            int page = Integer.parseInt(req.queryParam("page"));
            int perPage = Integer.parseInt(req.queryParam("per_page"));
            int from = Math.min(ranking.size(), (page - 1) * perPage);
            int to = Math.min(ranking.size(), from + perPage);
            List<String> people = new ArrayList<>();
            for (String id : ranking.subList(from, to)) {
                people.add(ApiFixtures.freelancer(id, "Person " + id.substring(id.length() - 3)));
            }
            int pages = (ranking.size() + perPage - 1) / perPage;
            return StubApiServer.Response.ok(ApiFixtures.page(page, perPage, ranking.size(), pages, people));
        });
        services = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString(), "PARSE_API_KEY", "test-key",
                "TALENT_FINDER_API_URL", server.baseUrl().toString(), "TALENT_FINDER_CALLS_PER_MINUTE", "1000"),
                Clock.systemDefaultZone());
        saved = SavedSearches.of(services, false);
        for (int i = 1; i <= 25; i++) {
            ranking.add(id(i));
        }
    }

    @AfterEach
    void stop() {
        services.close();
        server.close();
    }

    private RunOutcome run(SavedSearch s) {
        return saved.run(saved.find(s.name()).orElseThrow(), BatchListener.NONE, new BatchCancellation());
    }

    @Test
    void theFirstRunReportsEveryoneAsNew() {
        SavedSearch s = saved.save("Weekly", "react developer", PER_PAGE, SavedFilters.NONE, 3, true);
        RunOutcome first = run(s);
        assertThat(first.newIds()).containsExactlyElementsOf(ranking);
        assertThat(first.seenBefore()).isZero();
        assertThat(first.pagesFetched()).isEqualTo(3);
        assertThat(first.calls()).isEqualTo(3);
        assertThat(saved.list().get(0).firstRun()).isTrue();
        assertThat(saved.latestResults(s)).allMatch(SavedSearches.Result::isNew).hasSize(25);
    }

    @Test
    void aSecondRunShowsExactlyTheThreeNewcomersAsNew() {
        SavedSearch s = saved.save("Weekly", "react developer", PER_PAGE, SavedFilters.NONE, 3, true);
        run(s);
        ranking.add(0, id(101));
        ranking.add(4, id(102));
        ranking.add(8, id(103));
        RunOutcome second = run(s);
        assertThat(second.newIds()).containsExactly(id(101), id(102), id(103));
        // Page 1 held the three newcomers; page 2 held nobody new, so the run stopped there.
        assertThat(second.ending()).isEqualTo(RunOutcome.Ending.NOTHING_NEW);
        assertThat(second.calls()).isEqualTo(2);
        assertThat(second.seenBefore()).isEqualTo(17);
        List<SavedSearches.Result> results = saved.latestResults(s);
        assertThat(results.stream().filter(SavedSearches.Result::isNew).map(r -> r.freelancer().id()))
                .containsExactly(id(101), id(102), id(103));
        SavedSearchSummary summary = saved.list().get(0);
        assertThat(summary.lastRun().newCount()).isEqualTo(3);
        assertThat(summary.previousRunAt()).isNotNull();
        assertThat(summary.firstRun()).isFalse();
    }

    @Test
    void aRunOverUnchangedResultsCostsOneCallAndStillAsksTheServiceAfresh() {
        SavedSearch s = saved.save("Weekly", "react developer", PER_PAGE, SavedFilters.NONE, 3, true);
        run(s);
        int requests = server.requestCount();
        int creditsUsed = services.creditMeter().status().used();
        SearchRequest page1 = new SearchRequest("react developer", 1, PER_PAGE);
        assertThat(services.mode().chain().isCached(page1)).isTrue(); // answers are stored in the cache …

        RunOutcome again = run(s);

        assertThat(again.calls()).isEqualTo(1);
        assertThat(server.requestCount() - requests).isEqualTo(1); // … but a run does not read it
        assertThat(services.creditMeter().status().used() - creditsUsed).isEqualTo(1);
        assertThat(again.newIds()).isEmpty();
        assertThat(again.seenBefore()).isEqualTo(10);
        assertThat(again.ending()).isEqualTo(RunOutcome.Ending.NOTHING_NEW);
    }

    @Test
    void withoutStopWhenNothingIsNewEveryPageIsFetched() {
        SavedSearch s = saved.save("All pages", "react developer", PER_PAGE, SavedFilters.NONE, 3, false);
        run(s);
        RunOutcome again = run(s);
        assertThat(again.calls()).isEqualTo(3);
        assertThat(again.seenBefore()).isEqualTo(25);
    }

    @Test
    void theCostIsOneCallAPageWhateverTheCacheHolds() {
        SavedSearch s = saved.save("Weekly", "react developer", PER_PAGE, SavedFilters.NONE, 3, true);
        run(s);
        assertThat(saved.estimate(s).callsNeeded()).isEqualTo(3);
        assertThat(saved.estimate(s).cachedPages()).isZero();
    }

    @Test
    void filtersDecideWhoIsShown() {
        ranking.clear();
        ranking.add(id(1));
        // The minimal fixture has no rate: a rate filter keeps nobody, yet the run still remembers whom it met.
        SavedFilters rate = new SavedFilters(java.math.BigDecimal.TEN, null, null, null, null, null);
        SavedSearch s = saved.save("Rated", "react developer", PER_PAGE, SavedFilters.fromJson(rate.toJson()), 1,
                true);
        RunOutcome r = run(s);
        assertThat(r.results()).extracting(Freelancer::id).isEmpty();
        assertThat(r.newIds()).isEmpty();
        assertThat(saved.find("rated").orElseThrow().filters()).isEqualTo(rate);
    }

    @Test
    void theCheckAtStartIsOffByDefaultAndKeepsToItsBudget() {
        saved.save("A", "react developer", PER_PAGE, SavedFilters.NONE, 3, true);
        assertThat(saved.checkAtStart().enabled()).isFalse();
        assertThat(saved.runDue(BatchListener.NONE, new BatchCancellation()).runs()).isEmpty();
        SavedSearches later = new SavedSearches(new com.talentfinder.store.SavedSearchRepository(services.database()),
                () -> new SavedSearches.Fetching() {
                    @Override
                    public com.talentfinder.app.batch.BatchFetcher fetcher() {
                        return services.batches().freshFetcher(services.mode());
                    }

                    @Override
                    public com.talentfinder.app.batch.BatchPlanner planner() {
                        return services.batches().freshPlanner(services.mode());
                    }

                    @Override
                    public boolean demo() {
                        return false;
                    }
                }, Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofDays(8)));
        later.save("B", "vue developer", PER_PAGE, SavedFilters.NONE, 5, true);
        later.setCheckAtStart(new SavedSearches.CheckAtStart(true, 4));
        SavedSearches.CheckReport report = later.runDue(BatchListener.NONE, new BatchCancellation());
        // A is over a week old and fits the budget of 4 (3 calls at most); B was saved just now.
        assertThat(report.runs()).extracting(RunOutcome::name).containsExactly("A");
        assertThat(report.calls()).isEqualTo(3);
    }
}
