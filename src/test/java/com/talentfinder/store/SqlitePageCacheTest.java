package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.FakeTime;
import com.talentfinder.api.TestPages;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePageCacheTest {

    private static final String URL = "https://api.parse.bot/scraper/abc";
    private static final Duration TTL = Duration.ofHours(24);

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime();
    private SqlitePageCache cache;

    @BeforeEach
    void open() {
        cache = new SqlitePageCache(Database.open(dir.resolve("t.db")), time.clock());
    }

    private SearchPage stored(SearchRequest r) {
        SearchPage page = TestPages.page(r, 7, time.clock().instant());
        cache.put(URL, page);
        return page;
    }

    @Test
    void aFreshPageIsServedWithItsFieldsAndOriginalTime() {
        SearchRequest r = new SearchRequest("react developer", 2, 10);
        SearchPage page = stored(r);
        time.advance(Duration.ofHours(23));

        SearchPage hit = cache.get(URL, r, TTL).orElseThrow();

        assertThat(hit.fromCache()).isTrue();
        assertThat(hit.fetchedAt()).isEqualTo(page.fetchedAt());
        assertThat(hit.totalPages()).isEqualTo(7);
        assertThat(hit.totalResults()).isEqualTo(70);
        assertThat(hit.freelancers()).isEqualTo(page.freelancers());
    }

    @Test
    void anExpiredPageIsAMiss() {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        stored(r);
        time.advance(TTL);
        assertThat(cache.get(URL, r, TTL)).isEmpty();
        assertThat(cache.fetchedAt(URL, r)).isPresent();
    }

    @Test
    void anotherApiUrlIsAMiss() {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        stored(r);
        assertThat(cache.get("http://127.0.0.1:8080/scraper/demo", r, TTL)).isEmpty();
    }

    @Test
    void anotherPageSizeIsAMiss() {
        stored(new SearchRequest("react developer", 1, 10));
        assertThat(cache.get(URL, new SearchRequest("react developer", 1, 25), TTL)).isEmpty();
    }

    @Test
    void theQueryIsMatchedCaseAndSpaceInsensitively() {
        stored(new SearchRequest("React  Developer", 1, 10));
        Optional<SearchPage> hit = cache.get(URL, new SearchRequest("react developer", 1, 10), TTL);
        assertThat(hit).isPresent();
        assertThat(hit.get().request().query()).isEqualTo("react developer");
    }

    @Test
    void aNewerFetchReplacesTheStoredPage() {
        SearchRequest r = new SearchRequest("java", 1, 5);
        stored(r);
        time.advance(Duration.ofHours(30));
        SearchPage newer = stored(r);
        assertThat(cache.get(URL, r, TTL).orElseThrow().fetchedAt()).isEqualTo(newer.fetchedAt());
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void isFreshFollowsTheTimeToLive() {
        SearchRequest r = new SearchRequest("java", 1, 5);
        assertThat(cache.isFresh(URL, r, TTL)).isFalse();
        stored(r);
        assertThat(cache.isFresh(URL, r, TTL)).isTrue();
        time.advance(Duration.ofHours(25));
        assertThat(cache.isFresh(URL, r, TTL)).isFalse();
    }

    @Test
    void pruneDeletesOnlyExpiredPages() {
        stored(new SearchRequest("java", 1, 5));
        time.advance(Duration.ofHours(25));
        SearchRequest recent = new SearchRequest("java", 2, 5);
        stored(recent);

        assertThat(cache.pruneOlderThan(TTL)).isEqualTo(1);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(URL, recent, TTL)).isPresent();
    }

    @Test
    void clearEmptiesTheCache() {
        stored(new SearchRequest("java", 1, 5));
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void hiddenValuesStayHiddenThroughTheCache() {
        SearchRequest r = new SearchRequest("java", 1, 5);
        stored(r);
        SearchPage hit = cache.get(URL, r, TTL).orElseThrow();
        assertThat(hit.freelancers()).allSatisfy(f -> {
            assertThat(f.earningsHidden()).isTrue();
            assertThat(f.totalEarnings()).isNull();
        });
    }
}
