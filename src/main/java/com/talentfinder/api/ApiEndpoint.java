package com.talentfinder.api;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to call the service. {@code toString()} is safe to log: the key masks itself.
 *
 * @param baseUrl the scraper base, e.g. {@code https://api.parse.bot/scraper/<id>}, without a trailing slash
 * @param key     the user's key, or null (the client then answers UNAUTHORIZED without calling)
 */
public record ApiEndpoint(URI baseUrl, ApiKey key, Duration connectTimeout, Duration requestTimeout) {

    public static final String DEFAULT_BASE_URL =
            "https://api.parse.bot/scraper/59193041-dabe-405d-8d1b-570a0b3a553e";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public ApiEndpoint {
        String s = baseUrl.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        baseUrl = URI.create(s);
    }

    public static ApiEndpoint of(URI baseUrl, ApiKey key) {
        return new ApiEndpoint(baseUrl, key, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** True when calls go to this machine (the demo server or a test server). */
    public boolean isLoopback() {
        String host = baseUrl.getHost();
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]")
                || host.equals("::1"));
    }
}
