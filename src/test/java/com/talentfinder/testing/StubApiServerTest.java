package com.talentfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.testing.StubApiServer.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared test server answers queue first, then routes, then 404, and records what it saw. */
class StubApiServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private StubApiServer server;

    @BeforeEach
    void start() {
        server = StubApiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String relative) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + relative))
                .header("X-Test", "yes").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesQueuedAnswersInOrderBeforeRoutes() throws Exception {
        server.route("/search_freelancers", req -> Response.ok("route " + req.queryParam("page")));
        server.enqueue(Response.json(429, "first").withHeader("Retry-After", "7"));
        HttpResponse<String> first = get("/search_freelancers?page=1");
        HttpResponse<String> second = get("/search_freelancers?page=2");
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("7");
        assertThat(first.body()).isEqualTo("first");
        assertThat(second.body()).isEqualTo("route 2");
    }

    @Test
    void answers404InTheServiceErrorShapeWhenNothingMatches() throws Exception {
        HttpResponse<String> response = get("/elsewhere");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status_code\":404");
    }

    @Test
    void recordsAndCountsRequests() throws Exception {
        get("/search_freelancers?query=a+b%26c&page=1");
        assertThat(server.requestCount()).isEqualTo(1);
        StubApiServer.RecordedRequest r = server.lastRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.relativePath()).isEqualTo("/search_freelancers");
        assertThat(r.queryParam("query")).isEqualTo("a b&c");
        assertThat(r.header("x-test")).isEqualTo("yes");
        assertThat(server.awaitRequest(Duration.ofSeconds(1))).isEqualTo(r);
    }

    @Test
    void aFailingRouteAnswers500AndTheServerKeepsServing() throws Exception {
        server.route("/boom", req -> {
            throw new IllegalStateException("boom");
        });
        assertThat(get("/boom").statusCode()).isEqualTo(500);
        server.enqueue(Response.ok("still here"));
        assertThat(get("/x").body()).isEqualTo("still here");
    }
}
