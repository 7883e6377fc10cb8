package com.talentfinder.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.TestPages;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A loopback stand-in for parse.bot that allows {@code perMinute} calls in any rolling 60 s of a fake clock and
 * answers 429 with Retry-After beyond. Counts every request, as the service bills them.
 */
final class RollingMinuteServer implements AutoCloseable {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer http;
    private final FakeTime time;
    private final int perMinute;
    private final Deque<Long> accepted = new ArrayDeque<>();
    private int requests;
    private int rejected;

    private RollingMinuteServer(HttpServer http, FakeTime time, int perMinute) {
        this.http = http;
        this.time = time;
        this.perMinute = perMinute;
    }

    static RollingMinuteServer start(FakeTime time, int perMinute) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RollingMinuteServer server = new RollingMinuteServer(http, time, perMinute);
            http.createContext("/scraper/test/search_freelancers", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/scraper/test";
    }

    synchronized int requests() {
        return requests;
    }

    synchronized int rejected() {
        return rejected;
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body;
        int status;
        String retryAfter = null;
        synchronized (this) {
            requests++;
            long now = time.nanoTime();
            while (!accepted.isEmpty() && accepted.peekFirst() + MINUTE_NANOS <= now) {
                accepted.pollFirst();
            }
            if (accepted.size() >= perMinute) {
                rejected++;
                status = 429;
                long waitNanos = accepted.peekFirst() + MINUTE_NANOS - now;
                retryAfter = Long.toString((waitNanos + 999_999_999L) / 1_000_000_000L);
                body = "{\"error\":{\"status\":\"rate_limited\",\"message\":\"Too many requests\"},\"status_code\":429}"
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                accepted.addLast(now);
                status = 200;
                body = page(query(ex.getRequestURI().getRawQuery()));
            }
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] page(Map<String, String> q) throws IOException {
        SearchRequest r = new SearchRequest(q.get("query"), Integer.parseInt(q.get("page")),
                Integer.parseInt(q.get("per_page")));
        var page = TestPages.page(r, 20, Instant.EPOCH);
        ObjectNode data = JSON.createObjectNode();
        data.put("page", r.page());
        data.put("per_page", r.perPage());
        data.put("total_pages", page.totalPages());
        data.put("total_results", page.totalResults());
        ArrayNode freelancers = FreelancerJson.toJson(page.freelancers());
        // The service's own field name for the id.
        freelancers.forEach(f -> ((ObjectNode) f).put("ciphertext", f.get("id").asText()));
        data.set("freelancers", freelancers);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("data", data);
        envelope.put("status", "success");
        return JSON.writeValueAsBytes(envelope);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
