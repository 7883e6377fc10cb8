package com.talentfinder.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the demo dataset on 127.0.0.1 exactly as parse.bot's {@code search_freelancers} endpoint does:
 * {@code GET /scraper/demo/search_freelancers?query=&page=&per_page=} with header {@code X-API-Key: demo}.
 * {@code page} defaults to 1 and {@code per_page} to 10. Errors use parse.bot's error body. The key sent
 * is compared and never logged.
 */
public final class DemoServer implements AutoCloseable {

    /** The key the demo server accepts. */
    public static final String DEMO_KEY = "demo";
    static final String BASE_PATH = "/scraper/demo";
    static final String SEARCH_PATH = BASE_PATH + "/search_freelancers";
    static final int DEFAULT_PER_PAGE = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoSearchEngine engine;
    private final Duration delay;

    private DemoServer(HttpServer server, ExecutorService executor, DemoSearchEngine engine, Duration delay) {
        this.server = server;
        this.executor = executor;
        this.engine = engine;
        this.delay = delay;
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port). */
    public static DemoServer start(int port) {
        return start(port, Duration.ZERO);
    }

    /**
     * Starts on 127.0.0.1:{@code port}, waiting {@code delay} before each answer (to see busy states in the
     * window or to benchmark).
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static DemoServer start(int port, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The delay cannot be negative.");
        }
        DemoSearchEngine engine = new DemoSearchEngine(DemoDataset.shared());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the demo server on port " + port
                    + "; choose another port.", e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread t = new Thread(runnable, "demo-server-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        DemoServer demo = new DemoServer(server, executor, engine, delay);
        server.createContext("/", demo::handle);
        server.setExecutor(executor);
        server.start();
        return demo;
    }

    /** {@code http://127.0.0.1:PORT/scraper/demo} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + BASE_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The socket address the server listens on (for tests: always 127.0.0.1). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            pause();
            String path = exchange.getRequestURI().getPath();
            if (!SEARCH_PATH.equals(path)) {
                sendError(exchange, 404, "not_found", "No scraper endpoint at this path.");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                sendError(exchange, 405, "method_not_allowed", "Only GET is supported.");
            } else if (!DEMO_KEY.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                sendError(exchange, 401, "unauthorized", "Missing or invalid API key.");
            } else {
                search(exchange);
            }
        }
    }

    private void search(HttpExchange exchange) throws IOException {
        DemoQuery q;
        try {
            q = DemoQuery.parse(exchange.getRequestURI().getRawQuery(), DEFAULT_PER_PAGE);
        } catch (IllegalArgumentException e) {
            sendError(exchange, 400, "bad_request", e.getMessage());
            return;
        }
        List<DemoDataset.Entry> matches = engine.search(q.query());
        int total = matches.size();
        int totalPages = (total + q.perPage() - 1) / q.perPage();
        long from = (long) (q.page() - 1) * q.perPage();
        ObjectNode data = MAPPER.createObjectNode();
        data.put("page", q.page());
        data.put("query", q.query());
        data.put("per_page", q.perPage());
        ArrayNode freelancers = data.putArray("freelancers");
        for (long i = from; i < Math.min(total, from + q.perPage()); i++) {
            freelancers.add(matches.get((int) i).toJson());
        }
        data.put("total_pages", totalPages);
        data.put("results_count", freelancers.size());
        data.put("total_results", total);
        ObjectNode body = MAPPER.createObjectNode();
        body.set("data", data);
        body.put("status", "success");
        send(exchange, 200, body);
    }

    private void pause() {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sendError(HttpExchange exchange, int code, String status, String message)
            throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("message", message);
        body.put("status_code", code);
        send(exchange, code, body);
    }

    private static void send(HttpExchange exchange, int code, ObjectNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
