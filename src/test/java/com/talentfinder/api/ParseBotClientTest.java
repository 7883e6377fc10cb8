package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request the client sends, and the checks it makes before sending anything. */
class ParseBotClientTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private StubApiServer server;
    private ParseBotClient client;

    @BeforeEach
    void startServer() {
        server = StubApiServer.start();
        client = clientFor(server.baseUrl(), ApiKey.ofNullable("test-key"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ParseBotClient clientFor(URI base, ApiKey key) {
        ApiEndpoint endpoint = ApiEndpoint.of(base, key);
        return new ParseBotClient(endpoint, ParseBotClient.defaultHttpClient(endpoint),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void answerWithSample() {
        server.enqueue(Response.ok(ApiFixtures.page(1, 10, 1, 1, List.of(ApiFixtures.SAMPLE_FREELANCER))));
    }

    @Test
    void callsSearchFreelancersUnderTheBaseUrlWithGet() throws Exception {
        answerWithSample();
        client.search(new SearchRequest("java", 2, 25));
        StubApiServer.RecordedRequest request = server.lastRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri().getPath()).isEqualTo("/scraper/test/search_freelancers");
        assertThat(request.rawQuery()).isEqualTo("query=java&page=2&per_page=25");
    }

    @Test
    void urlEncodesTheQuery() throws Exception {
        answerWithSample();
        client.search(new SearchRequest("c++ & go/rust = fun?#", 1, 10));
        StubApiServer.RecordedRequest request = server.lastRequest();
        assertThat(request.rawQuery()).startsWith("query=c%2B%2B+%26+go%2Frust+%3D+fun%3F%23&page=1");
        assertThat(request.queryParam("query")).isEqualTo("c++ & go/rust = fun?#");
    }

    @Test
    void urlEncodesNonAsciiQueriesAsUtf8() throws Exception {
        answerWithSample();
        client.search(new SearchRequest("développeur 日本", 1, 10));
        assertThat(server.lastRequest().queryParam("query")).isEqualTo("développeur 日本");
        assertThat(server.lastRequest().rawQuery()).doesNotContain("é");
    }

    @Test
    void sendsTheKeyInTheApiKeyHeader() throws Exception {
        answerWithSample();
        client.search(new SearchRequest("java", 1, 10));
        assertThat(server.lastRequest().header("X-API-Key")).isEqualTo("test-key");
    }

    @Test
    void asksForJsonAndNamesItself() throws Exception {
        answerWithSample();
        client.search(new SearchRequest("java", 1, 10));
        assertThat(server.lastRequest().header("Accept")).isEqualTo("application/json");
        assertThat(server.lastRequest().header("User-Agent")).startsWith("TalentFinder/");
    }

    @Test
    void returnsTheParsedPageStampedWithTheClockAndNotFromCache() throws Exception {
        answerWithSample();
        SearchPage page = client.search(new SearchRequest("react developer", 1, 10));
        assertThat(page.freelancers()).extracting(f -> f.id()).containsExactly(ApiFixtures.SAMPLE_ID);
        assertThat(page.fetchedAt()).isEqualTo(NOW);
        assertThat(page.fromCache()).isFalse();
        assertThat(page.request()).isEqualTo(new SearchRequest("react developer", 1, 10));
    }

    @Test
    void withoutAKeyAnswersUnauthorizedWithoutCalling() {
        ParseBotClient noKey = clientFor(server.baseUrl(), null);
        assertThatThrownBy(() -> noKey.search(new SearchRequest("java", 1, 10)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).contains("Settings").contains("PARSE_API_KEY");
                });
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesToSendTheKeyOverPlainHttpToAnotherMachine() {
        ParseBotClient insecure = clientFor(URI.create("http://api.parse.bot/scraper/x"), ApiKey.ofNullable("k"));
        assertThatThrownBy(() -> insecure.search(new SearchRequest("java", 1, 10)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("The API URL must start with https://");
                });
    }

    @Test
    void refusesABaseUrlWithoutAScheme() {
        ParseBotClient noScheme = clientFor(URI.create("api.parse.bot/scraper/x"), ApiKey.ofNullable("k"));
        assertThatThrownBy(() -> noScheme.search(new SearchRequest("java", 1, 10)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND));
    }

    @Test
    void allowsPlainHttpOnLoopback() throws Exception {
        answerWithSample();
        ParseBotClient local = clientFor(URI.create("http://localhost:" + server.port() + "/scraper/test"),
                ApiKey.ofNullable("k"));
        assertThat(local.search(new SearchRequest("java", 1, 10)).freelancers()).hasSize(1);
    }

    @Test
    void refusesABodyLargerThanTheCap() {
        byte[] huge = new byte[ParseBotClient.MAX_BODY_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        server.enqueue(Response.bytes(200, "application/json", huge));
        assertThatThrownBy(() -> client.search(new SearchRequest("java", 1, 10)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_RESPONSE));
    }

    @Test
    void interruptingTheCallingThreadCancelsTheCall() throws Exception {
        server.enqueue(Response.ok("{}").withDelay(Duration.ofSeconds(30)));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                client.search(new SearchRequest("java", 1, 10));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        caller.start();
        assertThat(server.awaitRequest(Duration.ofSeconds(10))).isNotNull();
        caller.interrupt();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void anAlreadyInterruptedThreadMakesNoCall() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> client.search(new SearchRequest("java", 1, 10)))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void toStringShowsTheUrlButNotTheKey() {
        assertThat(client.toString()).contains("127.0.0.1").doesNotContain("test-key");
    }
}
