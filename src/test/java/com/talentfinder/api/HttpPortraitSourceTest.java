package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPortraitSourceTest {

    private static final byte[] PNG = com.talentfinder.testing.TestImages.png(8, 8);

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;
    private HttpPortraitSource source;

    private static byte[] pngLike(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        source = new HttpPortraitSource(url -> url != null && url.startsWith(base + "/"), client,
                Duration.ofSeconds(10), 1_000);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        try (exchange) {
            switch (path) {
                case "/ok.png" -> send(exchange, 200, "image/png", PNG, false);
                case "/ok-chunked.png" -> send(exchange, 200, "image/png; charset=binary", PNG, true);
                case "/page.html" -> send(exchange, 200, "text/html", "<html></html>".getBytes(), false);
                case "/html-as-png" -> send(exchange, 200, "image/png", "<html>gotcha</html>".getBytes(), false);
                case "/big.png" -> send(exchange, 200, "image/png", pngLike(5_000), false);
                case "/big-chunked.png" -> send(exchange, 200, "image/png", pngLike(5_000), true);
                case "/redirect-ok" -> redirect(exchange, base + "/ok.png");
                case "/redirect-away" -> redirect(exchange,
                        "http://localhost:" + server.getAddress().getPort() + "/ok.png");
                default -> send(exchange, 404, "text/plain", "no".getBytes(), false);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean chunked)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
            // the client may hang up on purpose (size cap)
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Test
    void theRealSourceRefusesUnsafeUrlsWithoutAnyRequest() throws Exception {
        HttpPortraitSource real = new HttpPortraitSource();
        for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", base + "/ok.png",
                "http://www.upwork.com/profile-portraits/x", "https://evil.example.com/a.png",
                "https://upwork.com.evil.example/a.png", "ftp://www.upwork.com/a.png", "")) {
            assertThat(real.load(url)).as(url).isEmpty();
        }
        assertThat(real.load(null)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void loadsAnImage() throws Exception {
        assertThat(source.load(base + "/ok.png")).hasValue(PNG);
        assertThat(source.load(base + "/ok-chunked.png")).hasValue(PNG);
    }

    @Test
    void refusesNonImageContentTypes() throws Exception {
        assertThat(source.load(base + "/page.html")).isEmpty();
    }

    @Test
    void refusesABodyThatIsNotAnImage() throws Exception {
        assertThat(source.load(base + "/html-as-png")).isEmpty();
    }

    @Test
    void refusesBodiesOverTheCap() throws Exception {
        assertThat(source.load(base + "/big.png")).isEmpty();
        assertThat(source.load(base + "/big-chunked.png")).isEmpty();
    }

    @Test
    void refusesErrors() throws Exception {
        assertThat(source.load(base + "/missing.png")).isEmpty();
    }

    @Test
    void followsARedirectToAnAllowedUrl() throws Exception {
        assertThat(source.load(base + "/redirect-ok")).hasValue(PNG);
        assertThat(requests).containsExactly("/redirect-ok", "/ok.png");
    }

    @Test
    void neverFollowsARedirectElsewhere() throws Exception {
        assertThat(source.load(base + "/redirect-away")).isEmpty();
        assertThat(requests).containsExactly("/redirect-away");
    }

    @Test
    void connectionRefusedIsEmpty() throws Exception {
        server.stop(0);
        assertThat(source.load(base + "/ok.png")).isEmpty();
    }

    @Test
    void recognisesImageTypesAndSignatures() {
        assertThat(HttpPortraitSource.isImageType("image/JPEG; q=1")).isTrue();
        assertThat(HttpPortraitSource.isImageType("image/svg+xml")).isFalse();
        assertThat(HttpPortraitSource.looksLikeImage(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
        assertThat(HttpPortraitSource.looksLikeImage("GIF89a".getBytes())).isTrue();
        assertThat(HttpPortraitSource.looksLikeImage("RIFF0000WEBP".getBytes())).isTrue();
        assertThat(HttpPortraitSource.looksLikeImage("<svg>".getBytes())).isFalse();
    }
}
