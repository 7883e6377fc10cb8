package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls parse.bot's {@code GET {base}/search_freelancers?query=&page=&per_page=} with the {@code X-API-Key}
 * header, on {@code java.net.http}, and maps the answer (or the failure) following the API contract.
 *
 * <p>Before any request: no key gives UNAUTHORIZED, and a base URL that is not {@code https} (plain
 * {@code http} is allowed only on loopback, for the demo and test servers) gives NOT_FOUND, so the key is
 * never sent unencrypted. The body read is capped at {@value #MAX_BODY_BYTES} bytes. The whole exchange,
 * body included, is bounded by the endpoint's connect plus request timeouts. Interrupting the calling thread
 * cancels the call and throws {@link InterruptedException}. Redirects are never followed (the key would go
 * with them). The key is never logged, and {@link #toString()} does not show it. Thread-safe.
 */
public final class ParseBotClient implements FreelancerSource {

    /** The largest answer read; a page of 50 freelancers is well under 1 MB. */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    static final String USER_AGENT = "TalentFinder/" + version();

    private static final System.Logger LOG = System.getLogger(ParseBotClient.class.getName());

    private final ApiEndpoint endpoint;
    private final HttpClient http;
    private final ErrorMapper errors;
    private final ResponseParser parser;

    public ParseBotClient(ApiEndpoint endpoint) {
        this(endpoint, defaultHttpClient(endpoint));
    }

    public ParseBotClient(ApiEndpoint endpoint, HttpClient http) {
        this(endpoint, http, Clock.systemUTC());
    }

    /** @param clock gives {@link SearchPage#fetchedAt()} and reads {@code Retry-After} dates */
    public ParseBotClient(ApiEndpoint endpoint, HttpClient http, Clock clock) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = Objects.requireNonNull(http, "http");
        this.errors = new ErrorMapper(endpoint.key(), clock);
        this.parser = new ResponseParser(clock, errors);
    }

    /** An HTTP client with the endpoint's connect timeout that never follows redirects. */
    public static HttpClient defaultHttpClient(ApiEndpoint endpoint) {
        return HttpClient.newBuilder()
                .connectTimeout(endpoint.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public ApiEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (endpoint.key() == null) {
            throw ErrorMapper.missingKey();
        }
        if (endpoint.key().hasInvalidCharacters()) {
            throw ErrorMapper.invalidKeyCharacters();
        }
        URI uri = requestUri(request);
        HttpRequest httpRequest;
        try {
            httpRequest = HttpRequest.newBuilder(uri)
                    .timeout(endpoint.requestTimeout())
                    .header("X-API-Key", endpoint.key().reveal())
                    .header("Accept", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw ErrorMapper.invalidUrl();
        }
        String target = uri.getRawPath() + "?" + uri.getRawQuery();
        LOG.log(Level.DEBUG, "GET {0}", target);
        HttpResponse<byte[]> response = exchange(httpRequest);
        int status = response.statusCode();
        LOG.log(Level.DEBUG, "GET {0} answered {1}", target, status);
        if (status >= 200 && status < 300) {
            return parser.parse(request, response.body(), status);
        }
        if (status == 400) {
            LOG.log(Level.WARNING, "The service called a request malformed (400), please report: GET {0}", uri);
        }
        throw errors.fromStatus(status, response.headers().firstValue("Retry-After").orElse(null), response.body());
    }

    /** The request URL; refuses (before any call) a base URL over which the key would travel in clear. */
    URI requestUri(SearchRequest request) throws ApiException {
        URI base = endpoint.baseUrl();
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && endpoint.isLoopback());
        if (!allowed) {
            throw ErrorMapper.insecureUrl();
        }
        if (base.getHost() == null || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw ErrorMapper.invalidUrl();
        }
        try {
            return URI.create(base + "/search_freelancers?query="
                    + URLEncoder.encode(request.query(), StandardCharsets.UTF_8)
                    + "&page=" + request.page() + "&per_page=" + request.perPage());
        } catch (IllegalArgumentException e) {
            throw ErrorMapper.invalidUrl();
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws ApiException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> call =
                http.sendAsync(request, new CappedBodyHandler(MAX_BODY_BYTES));
        // The request timeout covers the wait for the headers; this deadline also bounds a body that trickles.
        long deadlineMillis = endpoint.connectTimeout().plus(endpoint.requestTimeout()).toMillis();
        try {
            return call.get(deadlineMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            call.cancel(true);
            LOG.log(Level.DEBUG, "Search cancelled");
            throw e;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw ErrorMapper.timeout(null);
        } catch (CancellationException e) {
            throw new InterruptedException("The search was cancelled");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private ApiException failure(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        LOG.log(Level.DEBUG, "Search failed: {0}", t.getClass().getName());
        if (t instanceof CappedBodyHandler.BodyTooLargeException) {
            return ErrorMapper.tooLarge(0);
        }
        if (t instanceof HttpTimeoutException) {
            return ErrorMapper.timeout(t);
        }
        if (t instanceof IOException) {
            return ErrorMapper.network(t);
        }
        return ErrorMapper.network(null);
    }

    private static String version() {
        String v = ParseBotClient.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String toString() {
        return "ParseBotClient[" + endpoint.baseUrl() + ", key " + (endpoint.key() == null ? "missing" : "set") + "]";
    }
}
