package com.talentfinder.api;

import com.talentfinder.cleaning.UrlSafety;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test data: freelancers, pages, a source that counts its calls and an in-memory page cache. */
public final class TestPages {

    private TestPages() {
    }

    public static Freelancer freelancer(String id) {
        return new Freelancer(id, "Name " + id, "React developer", "Builds things", UrlSafety.profileUrlFor(id),
                null, new BigDecimal("35.0"), "USD", "Israel", null, "Haifa", "UTC+02:00 Israel",
                List.of("React", "TypeScript"), 98, false, null, true, 5320.17, 7, true, false, false, true);
    }

    /** A page of {@code perPage} freelancers with ids unique to query and page, of {@code totalPages}. */
    public static SearchPage page(SearchRequest r, int totalPages, Instant at) {
        List<Freelancer> list = new ArrayList<>();
        for (int i = 0; i < r.perPage(); i++) {
            list.add(freelancer("~0" + Math.abs(r.normalisedQuery().hashCode() % 1000) + "p" + r.page() + "i" + i));
        }
        return new SearchPage(r, (long) totalPages * r.perPage(), totalPages, list, at, false);
    }

    /** Answers every request with a fresh page, counting calls; can be told to fail. */
    public static final class CountingSource implements FreelancerSource {
        public final List<SearchRequest> calls = new CopyOnWriteArrayList<>();
        private final FakeTime time;
        private final int totalPages;
        private volatile ApiException failWith;
        private volatile int failOnCall = -1;

        public CountingSource(FakeTime time, int totalPages) {
            this.time = time;
            this.totalPages = totalPages;
        }

        /** The {@code n}th call (1-based) throws {@code e}. */
        public CountingSource failOnCall(int n, ApiException e) {
            this.failOnCall = n;
            this.failWith = e;
            return this;
        }

        @Override
        public SearchPage search(SearchRequest request) throws ApiException {
            calls.add(request);
            if (calls.size() == failOnCall) {
                throw failWith;
            }
            return page(request, totalPages, time.clock().instant());
        }

        public int count() {
            return calls.size();
        }
    }

    /** A page cache in memory, with the same freshness rule as the SQLite one. */
    public static final class MemoryPageCache implements PageCache {
        private final Map<String, SearchPage> pages = new ConcurrentHashMap<>();
        private final FakeTime time;

        public MemoryPageCache(FakeTime time) {
            this.time = time;
        }

        private static String key(String apiUrl, SearchRequest r) {
            return apiUrl + "|" + r.normalisedQuery() + "|" + r.page() + "|" + r.perPage();
        }

        @Override
        public java.util.Optional<SearchPage> get(String apiUrl, SearchRequest r, java.time.Duration ttl) {
            SearchPage p = pages.get(key(apiUrl, r));
            if (p == null || !p.fetchedAt().plus(ttl).isAfter(time.clock().instant())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(p.asCached());
        }

        @Override
        public void put(String apiUrl, SearchPage page) {
            pages.put(key(apiUrl, page.request()), page);
        }

        @Override
        public java.util.Optional<Instant> fetchedAt(String apiUrl, SearchRequest r) {
            return java.util.Optional.ofNullable(pages.get(key(apiUrl, r))).map(SearchPage::fetchedAt);
        }
    }
}
