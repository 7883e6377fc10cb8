package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * The key never leaves the X-API-Key header: not into any log record at any level, not into any exception
 * (message, toString, cause chain), not into toString of the endpoint, key or client, not into the URL, even
 * when a hostile server echoes it back in every kind of answer.
 */
class KeySecrecyTest {

    private static final String KEY = "sk-SECRET-123";

    /** Keeps every record, formatted as a handler would write it. */
    private static final class CapturingHandler extends Handler {
        final List<String> written = new ArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder sb = new StringBuilder(formatter.format(record));
            sb.append(record.getMessage());
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    sb.append(' ').append(p);
                }
            }
            written.add(sb.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theKeyAppearsInNoLogExceptionToStringOrUrl() throws Exception {
        Logger root = Logger.getLogger("");
        Level oldLevel = root.getLevel();
        CapturingHandler handler = new CapturingHandler();
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        List<Throwable> failures = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        try (StubApiServer server = StubApiServer.start()) {
            String echo = "your key " + KEY + " is echoed";
            server.enqueue(Response.ok(ApiFixtures.page(1, 10, 1, 1, List.of(ApiFixtures.SAMPLE_FREELANCER,
                    ApiFixtures.sampleWith("ciphertext", null)))));
            server.enqueue(Response.json(400, ApiFixtures.errorBody("error", 0, echo, 400)));
            server.enqueue(Response.json(401, "{\"error\":\"" + echo + "\"}"));
            server.enqueue(Response.json(422, ApiFixtures.errorBody("stale_input", 0, echo, 422)));
            server.enqueue(Response.json(422, ApiFixtures.errorBody("stale_input", 0, "split sk-SECRET\\u0007-123", 422)));
            server.enqueue(Response.json(422, ApiFixtures.errorBody("stale_input", 0, "x".repeat(190) + KEY, 422)));
            server.enqueue(Response.json(429, "{\"message\":\"" + echo + "\"}").withHeader("Retry-After", KEY));
            server.enqueue(Response.json(502, ApiFixtures.errorBody("upstream_error", 403, echo, 502)));
            server.enqueue(Response.json(503, ApiFixtures.errorBody("blocked", 403, echo, 503)));
            server.enqueue(Response.html(200, "<html>" + echo + "</html>"));
            server.enqueue(Response.ok("{\"data\":{\"freelancers\":[{\"name\":\"" + KEY));
            server.enqueue(Response.ok("{\"status\":\"" + KEY + "\"}"));
            server.enqueue(Response.ok(ApiFixtures.errorBody("stale_input", 0, echo, 422)));
            server.enqueue(Response.json(418, echo));

            ApiEndpoint endpoint = ApiEndpoint.of(server.baseUrl(), ApiKey.ofNullable(KEY));
            ParseBotClient client = new ParseBotClient(endpoint);
            SearchRequest request = new SearchRequest("java", 1, 10);
            for (int i = 0; i < 14; i++) {
                try {
                    client.search(request);
                } catch (ApiException e) {
                    failures.add(e);
                }
            }
            // The retrying decorator logs its waits.
            server.enqueue(Response.json(429, "{}").withHeader("Retry-After", "1"));
            server.enqueue(Response.json(429, "{}").withHeader("Retry-After", "1"));
            try {
                new RetryingSource(client, 1, d -> { }, WaitListener.NONE).search(request);
            } catch (ApiException e) {
                failures.add(e);
            }
            // A timeout and a refused connection.
            server.enqueue(Response.ok("{}").withDelay(Duration.ofSeconds(20)));
            ApiEndpoint slow = new ApiEndpoint(server.baseUrl(), ApiKey.ofNullable(KEY), Duration.ofSeconds(5),
                    Duration.ofMillis(300));
            failures.add(failureOf(new ParseBotClient(slow), request));
            failures.add(failureOf(new ParseBotClient(ApiEndpoint.of(closedPortUrl(), ApiKey.ofNullable(KEY))),
                    request));

            server.requests().forEach(r -> uris.add(r.uri().toString()));
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("X-API-Key")).isEqualTo(KEY));
            strings.add(endpoint.toString());
            strings.add(endpoint.key().toString());
            strings.add(client.toString());
        } finally {
            root.removeHandler(handler);
            root.setLevel(oldLevel);
        }

        assertThat(failures).hasSize(16);
        assertThat(handler.written).isNotEmpty().noneMatch(line -> line.contains(KEY));
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
                assertThat(t.toString()).doesNotContain(KEY);
            }
        }
        assertThat(uris).isNotEmpty().noneMatch(u -> u.contains(KEY));
        assertThat(strings).noneMatch(s -> s.contains(KEY));
    }

    private static ApiException failureOf(ParseBotClient client, SearchRequest request) throws Exception {
        try {
            client.search(request);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static URI closedPortUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/scraper/x");
        }
    }
}
