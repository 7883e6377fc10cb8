package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode search(String query, int page, int perPage) throws Exception {
        HttpResponse<String> r = get("/search_freelancers?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&page=" + page + "&per_page=" + perPage, "demo");
        assertThat(r.statusCode()).isEqualTo(200);
        return MAPPER.readTree(r.body());
    }

    private static Set<String> ids(JsonNode body) {
        Set<String> ids = new HashSet<>();
        body.path("data").path("freelancers").forEach(f -> ids.add(f.get("ciphertext").asText()));
        return ids;
    }

    @Test
    void bindsToLoopbackOnly() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/scraper/demo");
        assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesAMissingKey() throws Exception {
        HttpResponse<String> r = get("/search_freelancers?query=java", null);
        assertThat(r.statusCode()).isEqualTo(401);
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.path("status_code").asInt()).isEqualTo(401);
        assertThat(body.path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void refusesAWrongKey() throws Exception {
        HttpResponse<String> r = get("/search_freelancers?query=java", "not-the-key");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("not-the-key");
    }

    @Test
    void rejectsInvalidParametersWith400() throws Exception {
        for (String q : List.of("", "?query=", "?query=%20%20", "?query=java&page=0", "?query=java&page=abc",
                "?query=java&per_page=0", "?query=java&per_page=51", "?query=java&per_page=1.5")) {
            HttpResponse<String> r = get("/search_freelancers" + q, "demo");
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(MAPPER.readTree(r.body()).path("error").path("message").asText()).as(q).isNotBlank();
        }
    }

    @Test
    void answersWithTheDocumentedEnvelope() throws Exception {
        HttpResponse<String> r = get("/search_freelancers?query=react+developer&page=1&per_page=3", "demo");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.path("status").asText()).isEqualTo("success");
        JsonNode data = body.path("data");
        int total = new DemoSearchEngine(DemoDataset.shared()).search("react developer").size();
        assertThat(data.path("page").asInt()).isEqualTo(1);
        assertThat(data.path("query").asText()).isEqualTo("react developer");
        assertThat(data.path("per_page").asInt()).isEqualTo(3);
        assertThat(data.path("freelancers")).hasSize(3);
        assertThat(data.path("results_count").asInt()).isEqualTo(3);
        assertThat(data.path("total_results").asInt()).isEqualTo(total);
        assertThat(data.path("total_pages").asInt()).isEqualTo((total + 2) / 3);
        assertThat(data.path("freelancers").get(0).fieldNames()).toIterable()
                .contains("ciphertext", "name", "title", "description", "profile_url", "portrait_url",
                        "hourly_rate", "currency", "job_success_score", "hide_jss", "total_earnings",
                        "hide_earnings", "total_hours", "total_completed_jobs", "top_rated", "top_rated_plus",
                        "vetted", "id_verified", "country", "state", "city", "timezone", "skills");
    }

    @Test
    void fiftyPerPageGivesFifty() throws Exception {
        JsonNode body = search("react developer", 1, 50);
        assertThat(body.path("data").path("freelancers")).hasSize(50);
    }

    @Test
    void pageTwoDiffersFromPageOne() throws Exception {
        Set<String> first = ids(search("react developer", 1, 50));
        Set<String> second = ids(search("react developer", 2, 50));
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
    }

    @Test
    void pagesAreRepeatable() throws Exception {
        assertThat(search("java", 3, 7).path("data").path("freelancers"))
                .isEqualTo(search("java", 3, 7).path("data").path("freelancers"));
    }

    @Test
    void aPagePastTheEndIsEmpty() throws Exception {
        int totalPages = search("java", 1, 50).path("data").path("total_pages").asInt();
        JsonNode data = search("java", totalPages + 1, 50).path("data");
        assertThat(data.path("freelancers")).isEmpty();
        assertThat(data.path("results_count").asInt()).isZero();
        assertThat(data.path("total_pages").asInt()).isEqualTo(totalPages);
    }

    @Test
    void nonsenseFindsNothing() throws Exception {
        JsonNode data = search("qwxzvbnm", 1, 10).path("data");
        assertThat(data.path("freelancers")).isEmpty();
        assertThat(data.path("total_results").asInt()).isZero();
        assertThat(data.path("total_pages").asInt()).isZero();
    }

    @Test
    void unicodeSurvivesTheWire() throws Exception {
        DemoDataset.Entry accented = DemoDataset.shared().entries().stream()
                .filter(e -> e.name().chars().anyMatch(c -> c > 127)).findFirst().orElseThrow();
        JsonNode data = search(accented.title(), 1, 50).path("data");
        List<String> names = data.path("freelancers").findValuesAsText("name");
        assertThat(names).contains(accented.name());
    }

    @Test
    void unknownPathIs404() throws Exception {
        HttpResponse<String> r = get("/nope", "demo");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(MAPPER.readTree(r.body()).path("status_code").asInt()).isEqualTo(404);
    }

    @Test
    void postIs405() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/search_freelancers?query=java"))
                .header("X-API-Key", "demo").POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void aDelayedServerStillAnswers() throws Exception {
        try (DemoServer slow = DemoServer.start(0, Duration.ofMillis(20))) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(slow.baseUrl() + "/search_freelancers?query=java"))
                    .header("X-API-Key", "demo").build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(r.body()).path("data").path("per_page").asInt())
                    .isEqualTo(DemoServer.DEFAULT_PER_PAGE);
        }
    }
}
