package com.talentfinder.domain;

import java.util.Locale;

/**
 * One page of a keyword search, validated on construction so an invalid request can never reach the network.
 *
 * @param query   free text, trimmed and with runs of white space folded to one space
 * @param page    1-based
 * @param perPage 1–50
 */
public record SearchRequest(String query, int page, int perPage) {

    public static final int MAX_PER_PAGE = 50;
    public static final int MAX_QUERY_LENGTH = 200;

    public SearchRequest {
        query = normalise(query);
        if (query.isEmpty()) {
            throw new InvalidSearchException("Type a skill, job title or keyword to search for.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException(
                    "The search text is too long: use at most " + MAX_QUERY_LENGTH + " characters.");
        }
        if (page < 1) {
            throw new InvalidSearchException("The page number must be 1 or more (it was " + page + ").");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidSearchException(
                    "Results per page must be between 1 and " + MAX_PER_PAGE + " (it was " + perPage + ").");
        }
    }

    /** The same search on another page. */
    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, newPage, perPage);
    }

    /** The query as a cache or history key: case-insensitive, white space folded. */
    public String normalisedQuery() {
        return query.toLowerCase(Locale.ROOT);
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }
}
