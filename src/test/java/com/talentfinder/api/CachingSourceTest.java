package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingSourceTest {

    private static final String URL = "http://127.0.0.1:1/scraper/x";
    private final FakeTime time = new FakeTime();
    private final TestPages.CountingSource inner = new TestPages.CountingSource(time, 5);
    private final TestPages.MemoryPageCache cache = new TestPages.MemoryPageCache(time);
    private final CachingSource source = new CachingSource(inner, cache, URL, () -> Duration.ofHours(24));

    @Test
    void theSameSearchTwiceMakesOneCall() throws Exception {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        SearchPage first = source.search(r);
        time.advance(Duration.ofMinutes(5));
        SearchPage second = source.search(r);

        assertThat(inner.count()).isEqualTo(1);
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.fetchedAt()).isEqualTo(first.fetchedAt());
        assertThat(second.freelancers()).isEqualTo(first.freelancers());
    }

    @Test
    void refreshAlwaysCallsAndStoresTheNewPage() throws Exception {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        source.search(r);
        time.advance(Duration.ofMinutes(5));
        SearchPage refreshed = source.searchFresh(r);

        assertThat(inner.count()).isEqualTo(2);
        assertThat(refreshed.fromCache()).isFalse();
        assertThat(source.search(r).fetchedAt()).isEqualTo(refreshed.fetchedAt());
        assertThat(inner.count()).isEqualTo(2);
    }

    @Test
    void anExpiredPageIsFetchedAgain() throws Exception {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        source.search(r);
        time.advance(Duration.ofHours(24));
        source.search(r);
        assertThat(inner.count()).isEqualTo(2);
    }

    @Test
    void anotherPageIsAMiss() throws Exception {
        source.search(new SearchRequest("react developer", 1, 10));
        source.search(new SearchRequest("react developer", 2, 10));
        assertThat(inner.count()).isEqualTo(2);
    }

    @Test
    void isCachedSaysWhetherACallWouldBeMade() throws Exception {
        SearchRequest r = new SearchRequest("react developer", 1, 10);
        assertThat(source.isCached(r)).isFalse();
        source.search(r);
        assertThat(source.isCached(r)).isTrue();
    }

    @Test
    void aBrokenCacheIsTreatedAsAMiss() throws Exception {
        PageCache broken = new PageCache() {
            @Override
            public Optional<SearchPage> get(String apiUrl, SearchRequest r, Duration ttl) {
                throw new IllegalStateException("locked");
            }

            @Override
            public void put(String apiUrl, SearchPage page) {
                throw new IllegalStateException("locked");
            }

            @Override
            public Optional<Instant> fetchedAt(String apiUrl, SearchRequest r) {
                throw new IllegalStateException("locked");
            }
        };
        CachingSource s = new CachingSource(inner, broken, URL, () -> Duration.ofHours(1));
        assertThat(s.search(new SearchRequest("java", 1, 5)).freelancers()).hasSize(5);
        assertThat(s.isCached(new SearchRequest("java", 1, 5))).isFalse();
    }
}
