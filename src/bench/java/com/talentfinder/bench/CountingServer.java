package com.talentfinder.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.talentfinder.demo.DemoServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for parse.bot that counts every call: it accepts any key on
 * {@code /scraper/bench/search_freelancers} and answers with the demo server's answer to the same query.
 */
final class CountingServer implements AutoCloseable {

    private final DemoServer demo = DemoServer.start(0);
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    CountingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/scraper/bench/search_freelancers", this::handle);
        server.start();
    }

    /** The scraper base URL to give the app. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/scraper/bench";
    }

    /** Every call's raw query string, in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            calls.add(query);
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/search_freelancers?" + query))
                        .header("X-API-Key", DemoServer.DEMO_KEY).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        demo.close();
    }
}
