package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.CachingSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.store.Database;
import com.talentfinder.store.SqlitePageCache;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window keeps few pages whole in memory; every other page seen is read back from the page cache on disk
 * (SQLite, as in the app), never bought again: Back/Forward and the filters over every fetched page show exactly
 * what they showed with every page in memory, with no extra call to the source.
 */
class BoundedPagingTest {

    private static final int PAGES = 30;

    @TempDir
    Path dir;

    private final FakeSource source = new FakeSource().total("react", PAGES * 50).total("java", PAGES * 50);
    private Database db;
    private SqlitePageCache cache;
    private SearchViewModel search;
    private ResultsViewModel results;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("cache.db"));
        cache = new SqlitePageCache(db, Clock.systemUTC());
        // A short time to live: reading back must not depend on it (a page seen stays seen, however old).
        CachingSource chain = new CachingSource(source, cache, "https://api.test", () -> Duration.ofMillis(1));
        search = new SearchViewModel(chain, chain.refreshing(), new SyncTaskRunner(), new InMemoryHistory(),
                new ManualTicker(), Clock.systemUTC(), () -> false, () -> 0, AllPagesFetcher.over(chain));
        search.perPageProperty().set(50);
        results = new ResultsViewModel(search);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Searches {@code query} and pages forward to page {@link #PAGES}; returns every freelancer seen, in order. */
    private List<Freelancer> browse(String query) {
        search.queryProperty().set(query);
        search.search();
        List<Freelancer> seen = new ArrayList<>(search.results());
        for (int n = 2; n <= PAGES; n++) {
            search.nextPage();
            assertThat(search.paging().pageProperty().get()).isEqualTo(n);
            seen.addAll(search.results());
        }
        return seen;
    }

    private static long count(List<Freelancer> all, Predicate<Freelancer> filter) {
        return all.stream().filter(filter).count();
    }

    @Test
    void thirtyPagesBackToPageOneAndFilteringOverAllMakesNoExtraCall() {
        List<Freelancer> seen = browse("react");
        assertThat(source.callCount()).isEqualTo(PAGES);
        assertThat(search.paging().pagesInMemory()).isLessThanOrEqualTo(PagingState.REMEMBERED_PAGES);

        search.firstPage();

        assertThat(search.paging().pageProperty().get()).isEqualTo(1);
        assertThat(search.results()).containsExactlyElementsOf(seen.subList(0, 50));
        results.filters().minJssProperty().set(90);
        results.filters().selectedCountries().add("Kenya");

        assertThat(search.allPages().fetched()).containsExactlyElementsOf(seen);
        assertThat(search.allPages().coverageProperty().get()).isEqualTo("Filters see all 30 pages.");
        FreelancerFilter filter = results.filters().filterProperty().get();
        assertThat(results.visibleResults()).hasSize((int) count(seen, filter)).isNotEmpty();
        for (int n = 2; n <= 5; n++) {
            search.nextPage();
            assertThat(search.results()).containsExactlyElementsOf(seen.subList((n - 1) * 50, n * 50));
        }
        assertThat(source.callCount()).isEqualTo(PAGES);
    }

    @Test
    void anEarlierSearchIsReadBackFromDiskWithEveryPageItHad() {
        List<Freelancer> react = browse("react");
        browse("java");
        assertThat(search.paging().pagesInMemory()).isLessThanOrEqualTo(PagingState.REMEMBERED_PAGES);
        assertThat(search.paging().pagesOf(new com.talentfinder.domain.SearchRequest("react", 1, 50))).isEmpty();

        search.queryProperty().set("react");
        search.search();
        results.filters().minJssProperty().set(95);

        assertThat(search.results()).containsExactlyElementsOf(react.subList(0, 50));
        assertThat(search.allPages().fetched()).containsExactlyElementsOf(react);
        assertThat(results.visibleResults()).hasSize((int) count(react, results.filters().filterProperty().get()));
        search.lastPage();
        assertThat(search.results()).containsExactlyElementsOf(react.subList((PAGES - 1) * 50, PAGES * 50));
        assertThat(search.origin().fromCacheProperty().get()).isTrue();
        assertThat(source.callCount()).isEqualTo(2 * PAGES);
    }

    @Test
    void afterTheCacheIsClearedAPageGoneFromMemoryIsOfferedWithItsCostNotFetchedSilently() {
        browse("react");
        browse("java");
        cache.clear();

        search.queryProperty().set("react");
        search.search(); // page 1 gone from memory and disk: fetched again, as "Clear cache" says (one call)
        results.filters().minJssProperty().set(90);

        assertThat(source.callCount()).isEqualTo(2 * PAGES + 1);
        assertThat(search.allPages().fetched()).hasSize(50);
        assertThat(search.allPages().coverageProperty().get()).isEqualTo("Filters see 1 of 30 pages.");
        assertThat(search.allPages().offeredProperty().get()).isTrue();
        assertThat(search.allPages().offerTextProperty().get()).startsWith("Filter across all 30 pages: 29 credits");
    }

    @Test
    void withoutAPageCacheEveryPageStaysWholeAsBefore() {
        SearchViewModel plain = new SearchViewModel(source, new SyncTaskRunner(), new InMemoryHistory(),
                new ManualTicker(), () -> false);
        plain.perPageProperty().set(50);
        plain.queryProperty().set("react");
        plain.search();
        for (int n = 2; n <= PAGES; n++) {
            plain.nextPage();
        }
        plain.firstPage();

        assertThat(plain.paging().pagesInMemory()).isEqualTo(PAGES);
        assertThat(plain.allPages().fetched()).hasSize(PAGES * 50);
        assertThat(source.callCount()).isEqualTo(PAGES);
    }
}
