package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outermost layer of the source chain: a page fetched within the time to live is answered from the
 * {@link PageCache} with no call ({@link SearchPage#fromCache()} true, {@code fetchedAt} the original time);
 * anything else goes to the inner source and every successful page is stored. {@link #searchFresh} ("Refresh")
 * always calls. A failing cache never fails a search: it is treated as a miss.
 */
public final class CachingSource implements FreelancerSource {

    private static final System.Logger LOG = System.getLogger(CachingSource.class.getName());

    /** "However old" for {@link #stored}: a thousand years, far from any overflow. */
    private static final Duration ANY_AGE = Duration.ofDays(365_000);

    private final FreelancerSource inner;
    private final PageCache cache;
    private final String apiUrl;
    private final Supplier<Duration> ttl;

    /**
     * @param apiUrl the scraper base URL the inner source calls: part of the cache key
     * @param ttl    read on every search, so a change in Settings applies at once
     */
    public CachingSource(FreelancerSource inner, PageCache cache, String apiUrl, Supplier<Duration> ttl) {
        this.inner = Objects.requireNonNull(inner);
        this.cache = Objects.requireNonNull(cache);
        this.apiUrl = Objects.requireNonNull(apiUrl);
        this.ttl = Objects.requireNonNull(ttl);
    }

    /** The cached page when fresh, else a call. */
    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        Optional<SearchPage> cached = cached(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        return searchFresh(request);
    }

    /** Always calls (the user's "Refresh"), and stores the answer. */
    public SearchPage searchFresh(SearchRequest request) throws ApiException, InterruptedException {
        SearchPage page = inner.search(request);
        if (page.fromCache()) {
            return page;
        }
        try {
            cache.put(apiUrl, page);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not store a page in the cache", e);
        }
        return page;
    }

    /** This chain as a source that always calls: for "Refresh" features that take a {@link FreelancerSource}. */
    public FreelancerSource refreshing() {
        return this::searchFresh;
    }

    /** True when {@link #search} would answer {@code request} without a call. */
    public boolean isCached(SearchRequest request) {
        try {
            return cache.isFresh(apiUrl, request, ttl.get());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The page the cache holds for {@code request}, however old, read without ever calling the service (a page
     * already seen in this session, shown again); empty when none is stored or the cache cannot be read.
     */
    public Optional<SearchPage> stored(SearchRequest request) {
        try {
            return cache.get(apiUrl, request, ANY_AGE).map(p -> p.fromCache() ? p : p.asCached());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the page cache", e);
            return Optional.empty();
        }
    }

    /** True when the cache holds a page for {@code request}, however old (a cheap check: nothing is parsed). */
    public boolean holds(SearchRequest request) {
        try {
            return cache.fetchedAt(apiUrl, request).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public PageCache cache() {
        return cache;
    }

    public String apiUrl() {
        return apiUrl;
    }

    public Duration ttl() {
        return ttl.get();
    }

    private Optional<SearchPage> cached(SearchRequest request) {
        try {
            return cache.get(apiUrl, request, ttl.get()).map(p -> p.fromCache() ? p : p.asCached());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the page cache; calling the service", e);
            return Optional.empty();
        }
    }
}
