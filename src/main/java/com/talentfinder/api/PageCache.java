package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pages already fetched, keyed by API URL, normalised query, page and page size, so a page the user already
 * paid a credit for is never fetched again while it is fresh. Implementations are thread-safe; a failure to
 * read or write the cache must never fail a search (callers treat a failing cache as a miss).
 */
public interface PageCache {

    /**
     * @param apiUrl the scraper base URL the page came from (never the key)
     * @param ttl    how old a page may be and still be served
     * @return the page with {@link SearchPage#fromCache()} true and its original {@code fetchedAt}, when one
     *         was stored less than {@code ttl} ago; empty otherwise
     */
    Optional<SearchPage> get(String apiUrl, SearchRequest request, Duration ttl);

    /** Stores (or replaces) a page the service just returned. */
    void put(String apiUrl, SearchPage page);

    /** When the stored page for this request was fetched, however old; empty when none is stored. */
    Optional<Instant> fetchedAt(String apiUrl, SearchRequest request);

    /** True when {@link #get} would answer this request now, without a call. */
    default boolean isFresh(String apiUrl, SearchRequest request, Duration ttl) {
        return get(apiUrl, request, ttl).isPresent();
    }
}
