package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.TestPages;
import com.talentfinder.app.config.DataFolder;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.SqlitePageCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 6: the page cache is pruned (time to live and a size cap) at start-up. */
class BoundedGrowthTest {

    @TempDir
    Path home;

    @Test
    void startUpPrunesExpiredPagesAndKeepsFreshOnes() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        try (AppServices s = new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()),
                Clock.fixed(now, ZoneOffset.UTC))) {
            SqlitePageCache cache = s.pageCache();
            cache.put("u", TestPages.page(new SearchRequest("old", 1, 10), 1, now.minus(Duration.ofDays(3))));
            cache.put("u", TestPages.page(new SearchRequest("fresh", 1, 10), 1, now.minus(Duration.ofHours(1))));

            s.prunePageCache();

            assertThat(cache.size()).isEqualTo(1);
            assertThat(cache.fetchedAt("u", new SearchRequest("fresh", 1, 10))).isPresent();
        }
    }

    @Test
    void theCacheIsCappedToTheNewestPages() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        try (AppServices s = new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()),
                Clock.fixed(now, ZoneOffset.UTC))) {
            SqlitePageCache cache = s.pageCache();
            for (int i = 0; i < 30; i++) {
                cache.put("u", TestPages.page(new SearchRequest("q" + i, 1, 10), 1, now.minusSeconds(30 - i)));
            }

            assertThat(cache.pruneToSize(10)).isEqualTo(20);

            assertThat(cache.size()).isEqualTo(10);
            assertThat(cache.fetchedAt("u", new SearchRequest("q29", 1, 10))).isPresent();
            assertThat(cache.fetchedAt("u", new SearchRequest("q0", 1, 10))).isEmpty();
        }
    }
}
