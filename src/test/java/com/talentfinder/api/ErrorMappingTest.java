package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure row of the API contract, through the real client against a loopback server. */
class ErrorMappingTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private StubApiServer server;

    @BeforeEach
    void startServer() {
        server = StubApiServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ApiException failureFor(Response response) {
        server.enqueue(response);
        return failureOf(client(server.baseUrl(), ApiEndpoint.DEFAULT_REQUEST_TIMEOUT));
    }

    private static ParseBotClient client(URI base, Duration requestTimeout) {
        ApiEndpoint endpoint = new ApiEndpoint(base, ApiKey.ofNullable("test-key"), Duration.ofSeconds(5),
                requestTimeout);
        return new ParseBotClient(endpoint, ParseBotClient.defaultHttpClient(endpoint),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ApiException failureOf(ParseBotClient client) {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client.search(new SearchRequest("java", 1, 10)));
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").endsWith(".");
        return e;
    }

    @Test
    void badRequestIsOurBugAndSaysSo() {
        ApiException e = failureFor(Response.json(400, "{\"error\":{\"message\":\"bad per_page\"}}"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("Talent Finder itself").contains("report");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void unauthorizedAsksForAValidKeyInSettings() {
        ApiException e = failureFor(Response.json(401, "{\"error\":\"Invalid API key\"}"));
        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("valid key").contains("Settings");
        assertThat(e.needsSettings()).isTrue();
    }

    @Test
    void notFoundPointsAtTheApiUrlSetting() {
        ApiException e = failureFor(Response.json(404, "{\"detail\":\"Scraper not found\"}"));
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("API URL").contains("Settings");
        assertThat(e.needsSettings()).isTrue();
    }

    @Test
    void inputRejectedShowsTheServiceMessageCleaned() {
        ApiException e = failureFor(Response.json(422,
                ApiFixtures.errorBody("stale_input", 0, "query \\u001b[31mtoo vague\\u0007", 422)));
        assertThat(e.kind()).isEqualTo(Kind.INPUT_REJECTED);
        assertThat(e.getMessage()).contains("query [31mtoo vague").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void inputRejectedCapsALongServiceMessage() {
        ApiException e = failureFor(Response.json(422, ApiFixtures.errorBody("stale_input", 0, "x".repeat(5000), 422)));
        assertThat(e.getMessage().length()).isLessThan(ErrorMapper.MAX_SERVICE_MESSAGE + 120);
    }

    @Test
    void rateLimitedReadsRetryAfterInSeconds() {
        ApiException e = failureFor(Response.json(429, "{}").withHeader("Retry-After", "30"));
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("30 seconds");
    }

    @Test
    void rateLimitedReadsRetryAfterAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        ApiException e = failureFor(Response.json(429, "{}").withHeader("Retry-After", date));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
    }

    @Test
    void rateLimitedWithoutRetryAfterHasNoWait() {
        ApiException e = failureFor(Response.json(429, "{}"));
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void serviceErrorOffersRetry() {
        ApiException e = failureFor(Response.json(500, ApiFixtures.errorBody("error", 0, "scraper crashed", 500)));
        assertThat(e.kind()).isEqualTo(Kind.SERVICE_ERROR);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("try again");
    }

    @Test
    void upstreamErrorReadsTheDocumentedBody() {
        ApiException e = failureFor(Response.json(502, ApiFixtures.errorBody("upstream_error", 403, "Forbidden", 502)));
        assertThat(e.kind()).isEqualTo(Kind.UPSTREAM_ERROR);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.getMessage()).contains("Upwork").contains("try again in a few minutes");
    }

    @Test
    void blockedWithRetryAfterInTheBodyIsRetryable() {
        ApiException e = failureFor(Response.json(503,
                "{\"error\":{\"status\":\"blocked\",\"message\":\"bot check\"},\"retry_after\":45,\"status_code\":503}"));
        assertThat(e.kind()).isEqualTo(Kind.BLOCKED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(45));
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void blockedWithRetryAfterHeaderIsRetryable() {
        ApiException e = failureFor(Response.json(503, ApiFixtures.errorBody("blocked", 403, "bot check", 503))
                .withHeader("Retry-After", "60"));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void blockedWithoutRetryAfterIsNotRetryable() {
        ApiException e = failureFor(Response.json(503, ApiFixtures.errorBody("blocked", 403, "bot check", 503)));
        assertThat(e.kind()).isEqualTo(Kind.BLOCKED);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("try again later");
    }

    @Test
    void anUndocumentedStatusIsABadResponse() {
        ApiException e = failureFor(Response.json(418, "{\"tea\":true}"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(418);
        assertThat(e.getMessage()).contains("418");
    }

    @Test
    void aRedirectIsNotFollowed() {
        ApiException e = failureFor(Response.json(302, "").withHeader("Location", "https://evil.example/"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anHtmlErrorPageIsMappedByItsStatus() {
        ApiException e = failureFor(Response.html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        assertThat(e.kind()).isEqualTo(Kind.UPSTREAM_ERROR);
    }

    @Test
    void anHtmlBodyWithStatus200IsABadResponse() {
        ApiException e = failureFor(Response.html(200, "<html><body>Please log in</body></html>"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("cannot read");
    }

    @Test
    void aTruncatedJsonBodyIsABadResponse() {
        String full = ApiFixtures.page(1, 10, 1, 1, java.util.List.of(ApiFixtures.SAMPLE_FREELANCER));
        ApiException e = failureFor(Response.ok(full.substring(0, full.length() / 2)));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void anEmptyBodyWithStatus200IsABadResponse() {
        ApiException e = failureFor(Response.ok(""));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void status200WithANonSuccessStatusIsAnError() {
        ApiException e = failureFor(Response.ok("{\"data\": null, \"status\": \"failed\"}"));
        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void status200CarryingAnErrorBodyTakesTheKindTheBodyNames() {
        ApiException e = failureFor(Response.ok(ApiFixtures.errorBody("upstream_error", 403, "Forbidden", 502)));
        assertThat(e.kind()).isEqualTo(Kind.UPSTREAM_ERROR);
    }

    @Test
    void aSlowServerTimesOut() {
        server.enqueue(Response.ok("{}").withDelay(Duration.ofSeconds(20)));
        ApiException e = failureOf(client(server.baseUrl(), Duration.ofMillis(300)));
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void aClosedPortIsANetworkError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ApiException e = failureOf(client(URI.create("http://127.0.0.1:" + port + "/scraper/x"),
                Duration.ofSeconds(5)));
        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains("internet connection");
    }
}
