package com.talentfinder.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback HTTP server for tests that call the search API: canned answers (status, headers, body,
 * an optional delay), served from a queue and then from per-path routes, with every request recorded
 * (method, URI, headers) and counted.
 *
 * <pre>{@code
 * try (StubApiServer server = StubApiServer.start()) {
 *     server.enqueue(StubApiServer.Response.json(429, "{}").withHeader("Retry-After", "30"));
 *     server.route("/search_freelancers", req -> StubApiServer.Response.ok(pageFor(req.queryParam("page"))));
 *     ApiEndpoint endpoint = ApiEndpoint.of(server.baseUrl(), ApiKey.ofNullable("test-key"));
 *     ...
 *     assertThat(server.requestCount()).isEqualTo(2);
 *     assertThat(server.lastRequest().header("X-API-Key")).isEqualTo("test-key");
 * }
 * }</pre>
 *
 * <p>Which answer a request gets: the oldest queued response if any (whatever the path), else the route whose
 * path (relative to {@link #BASE_PATH}) equals the request's, else a 404 in parse.bot's error shape.
 * Bound to 127.0.0.1 on a free port; handlers run on their own threads, so a delayed answer does not hold up
 * others. {@link #close()} stops it and interrupts any delayed answer.
 */
public final class StubApiServer implements AutoCloseable {

    /** Every route lives under this path: {@link #baseUrl()} ends with it. */
    public static final String BASE_PATH = "/scraper/test";

    /** A canned answer. Build with the static factories, then {@code with...} copies. */
    public record Response(int status, Map<String, String> headers, byte[] body, Duration delay) {

        public Response {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body.clone();
            delay = delay == null ? Duration.ZERO : delay;
        }

        /** A JSON answer with the given status. */
        public static Response json(int status, String json) {
            return text(status, "application/json", json);
        }

        /** A 200 JSON answer. */
        public static Response ok(String json) {
            return json(200, json);
        }

        /** An HTML answer (as a proxy or an error page would send). */
        public static Response html(int status, String html) {
            return text(status, "text/html; charset=utf-8", html);
        }

        public static Response text(int status, String contentType, String body) {
            return new Response(status, Map.of("Content-Type", contentType),
                    body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        public static Response bytes(int status, String contentType, byte[] body) {
            return new Response(status, Map.of("Content-Type", contentType), body, Duration.ZERO);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Response(status, h, body, delay);
        }

        /** Waits this long after the request arrived before answering. */
        public Response withDelay(Duration wait) {
            return new Response(status, headers, body, wait);
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** A request as the server saw it. Header names are case-insensitive. */
    public record RecordedRequest(String method, URI uri, Map<String, List<String>> headers) {

        public RecordedRequest {
            Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
            headers = java.util.Collections.unmodifiableMap(h);
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The path relative to {@link #BASE_PATH}, e.g. {@code /search_freelancers}. */
        public String relativePath() {
            String path = uri.getPath();
            return path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
        }

        /** The raw (still encoded) query string, or null. */
        public String rawQuery() {
            return uri.getRawQuery();
        }

        /** A query parameter, form-decoded ({@code +} is a space), or null when absent. */
        public String queryParam(String name) {
            String raw = uri.getRawQuery();
            if (raw == null) {
                return null;
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<Response> queue = new ArrayDeque<>();
    private final Map<String, Function<RecordedRequest, Response>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedRequest> arrivals = new LinkedBlockingQueue<>();

    private StubApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on 127.0.0.1 on a free port. */
    public static StubApiServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "stub-api-server");
                t.setDaemon(true);
                return t;
            });
            StubApiServer stub = new StubApiServer(server, executor);
            server.createContext("/", stub::handle);
            server.setExecutor(executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/scraper/test}: use it as the API base URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + BASE_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Queues an answer for the next request; queued answers are served first, oldest first. */
    public StubApiServer enqueue(Response response) {
        synchronized (queue) {
            queue.addLast(Objects.requireNonNull(response));
        }
        return this;
    }

    /** Answers every request on {@code relativePath} (e.g. {@code /search_freelancers}) once the queue is empty. */
    public StubApiServer route(String relativePath, Function<RecordedRequest, Response> responder) {
        routes.put(relativePath, Objects.requireNonNull(responder));
        return this;
    }

    /** How many requests arrived so far. */
    public int requestCount() {
        return requests.size();
    }

    /** Every request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The latest request, or null when none arrived. */
    public RecordedRequest lastRequest() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    /**
     * Waits for the next request not yet taken by this method (recorded as soon as it arrives, before any
     * delay), or returns null after {@code timeout}.
     */
    public RecordedRequest awaitRequest(Duration timeout) throws InterruptedException {
        return arrivals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders());
            requests.add(request);
            arrivals.add(request);
            Response response;
            try {
                response = answerFor(request);
            } catch (RuntimeException e) {
                // A route failed: answer 500 rather than dropping the connection, and keep serving.
                response = Response.text(500, "text/plain", "The test route failed: " + e);
            }
            if (!response.delay().isZero()) {
                try {
                    Thread.sleep(response.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return; // closing: drop the answer
                }
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // The client went away (timeout, cancel): nothing to answer.
        }
    }

    private Response answerFor(RecordedRequest request) {
        synchronized (queue) {
            Response queued = queue.pollFirst();
            if (queued != null) {
                return queued;
            }
        }
        Function<RecordedRequest, Response> route = routes.get(request.relativePath());
        if (route != null) {
            return route.apply(request);
        }
        return Response.json(404, "{\"error\":{\"status\":\"not_found\",\"message\":\"No canned answer for "
                + request.relativePath().replaceAll("[^A-Za-z0-9/_-]", "").toLowerCase(Locale.ROOT)
                + "\"},\"status_code\":404}");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
