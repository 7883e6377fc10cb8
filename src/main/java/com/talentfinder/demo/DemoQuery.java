package com.talentfinder.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The validated parameters of one demo search request; {@link #parse} rejects what parse.bot rejects. */
record DemoQuery(String query, int page, int perPage) {

    static final int MAX_PER_PAGE = 50;

    /**
     * Parses a raw query string. The first value of a repeated parameter wins.
     *
     * @throws IllegalArgumentException with a plain message, for a 400 answer
     */
    static DemoQuery parse(String rawQuery, int defaultPerPage) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.putIfAbsent(key, value);
            }
        }
        String query = params.get("query");
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("The query parameter is required.");
        }
        int page = integer(params.get("page"), 1, "page");
        if (page < 1) {
            throw new IllegalArgumentException("The page parameter must be 1 or more.");
        }
        int perPage = integer(params.get("per_page"), defaultPerPage, "per_page");
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("The per_page parameter must be between 1 and 50.");
        }
        return new DemoQuery(query, page, perPage);
    }

    private static int integer(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + name + " parameter must be an integer.");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The request has a malformed parameter.");
        }
    }
}
