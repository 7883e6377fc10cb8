package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code search} command end to end: demo data, a loopback server, exit codes and output formats. */
class SearchCommandTest {

    private static final String KEY = "sk-cli-SECRET-42";
    private static final List<String> JSON_KEYS = List.of("id", "name", "title", "description", "profile_url",
            "portrait_url", "hourly_rate", "currency", "country", "state", "city", "timezone", "skills",
            "job_success_score", "jss_hidden", "total_earnings", "earnings_hidden", "total_hours",
            "total_completed_jobs", "badge", "id_verified");

    @TempDir
    Path home;
    private StubApiServer server;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() {
        server = StubApiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> live() {
        return Map.of("PARSE_API_KEY", KEY, "TALENT_FINDER_API_URL", server.baseUrl().toString());
    }

    private static JsonNode json(Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void withoutAKeyTheDemoAnswersFiftyFreelancersWithEveryKey() throws Exception {
        Run r = run(Map.of(), "search", "react developer", "--per-page", "50", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("demo data");
        JsonNode o = json(r);
        assertThat(o.get("query").asText()).isEqualTo("react developer");
        assertThat(o.get("page").asInt()).isEqualTo(1);
        assertThat(o.get("per_page").asInt()).isEqualTo(50);
        assertThat(o.get("pages_fetched").asInt()).isEqualTo(1);
        assertThat(o.get("total_results").asLong()).isGreaterThan(150);
        assertThat(o.get("total_pages").asInt()).isGreaterThan(3);
        assertThat(o.get("freelancers")).hasSize(50);
        for (JsonNode f : o.get("freelancers")) {
            for (String key : JSON_KEYS) {
                assertThat(f.has(key)).as("key %s", key).isTrue();
            }
        }
    }

    @Test
    void pageTwoHoldsOtherFreelancersAndThreePagesGiveUpTo150UniqueIds() throws Exception {
        Set<String> first = ids(json(run(Map.of(), "search", "react developer", "--per-page", "50", "--format",
                "json")));
        Set<String> second = ids(json(run(Map.of(), "search", "react developer", "--per-page", "50", "--page", "2",
                "--format", "json")));
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);

        JsonNode three = json(run(Map.of(), "search", "react developer", "--per-page", "50", "--pages", "3",
                "--format", "json"));
        assertThat(three.get("pages_fetched").asInt()).isEqualTo(3);
        assertThat(ids(three)).hasSize(three.get("freelancers").size()).hasSizeBetween(101, 150);
    }

    private static Set<String> ids(JsonNode o) {
        Set<String> ids = new HashSet<>();
        o.get("freelancers").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @Test
    void invalidInputExitsTwoAndNeverReachesTheNetwork() {
        assertThat(run(live(), "search", "   ").code()).isEqualTo(2);
        assertThat(run(live(), "search", "java", "--per-page", "0").code()).isEqualTo(2);
        assertThat(run(live(), "search", "java", "--per-page", "51").code()).isEqualTo(2);
        assertThat(run(live(), "search", "java", "--page", "0").code()).isEqualTo(2);
        assertThat(run(live(), "search", "java", "--format", "xml").code()).isEqualTo(2);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRejectedKeyOrAWrongUrlExitsThree() {
        server.enqueue(Response.json(401, ApiFixtures.errorBody("unauthorized", 0, "Invalid API key", 401)));
        Run r = run(live(), "search", "java");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip().lines()).hasSize(1);

        server.enqueue(Response.json(404, "{\"error\":\"not found\"}"));
        assertThat(run(live(), "search", "java").code()).isEqualTo(3);
    }

    @Test
    void stillRateLimitedAfterWaitingExitsFourAfterOneRetry() {
        server.route("/search_freelancers", req -> Response.json(429, "{\"error\":\"slow down\"}")
                .withHeader("Retry-After", "0"));
        Run r = run(live(), "search", "java");
        assertThat(r.code()).isEqualTo(4);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aBlockedSearchCostsAtMostTwoCalls() {
        server.route("/search_freelancers", req -> Response.json(503,
                ApiFixtures.errorBody("blocked", 403, "Blocked", 503)).withHeader("Retry-After", "1"));
        Run r = run(live(), "search", "java");
        assertThat(r.code()).isNotZero();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(r.err().strip().lines().filter(l -> !l.contains("retrying in"))).hasSize(1);
    }

    @Test
    void anUpstreamErrorExitsFiveWithOnePlainSentence() {
        server.enqueue(Response.json(502, ApiFixtures.errorBody("upstream_error", 403, "Forbidden", 502)));
        Run r = run(live(), "search", "java");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theSameSearchTwiceMakesOneHttpCallAndCountsOneCredit() throws Exception {
        server.route("/search_freelancers", req -> Response.ok(ApiFixtures.page(1, 10, 1, 1,
                List.of(ApiFixtures.SAMPLE_FREELANCER))));
        assertThat(run(live(), "search", "react developer").code()).isZero();
        assertThat(run(live(), "search", "React   Developer").code()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);

        JsonNode credits = new ObjectMapper().readTree(run(live(), "credits", "--format", "json").out());
        assertThat(credits.get("used").asInt()).isEqualTo(1);
    }

    @Test
    void theKeyNeverReachesTheOutputOrTheUrl() {
        server.route("/search_freelancers", req -> Response.ok(ApiFixtures.page(1, 10, 1, 1,
                List.of(ApiFixtures.SAMPLE_FREELANCER))));
        Run ok = run(live(), "search", "react", "--format", "json");
        server.enqueue(Response.json(500, "{\"error\":\"" + KEY + "\"}"));
        Run failed = run(live(), "search", "java");
        assertThat(ok.out() + ok.err() + failed.out() + failed.err()).doesNotContain(KEY);
        assertThat(server.requests()).allSatisfy(q -> assertThat(q.uri().toString()).doesNotContain(KEY));
        assertThat(server.lastRequest().header("X-API-Key")).isEqualTo(KEY);
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() {
        String hostile = ApiFixtures.sampleWith("name", "\"=HYPERLINK(\\\"http://x\\\")\"");
        server.route("/search_freelancers", req -> Response.ok(ApiFixtures.page(1, 10, 1, 1, List.of(hostile))));
        Run r = run(live(), "search", "react", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("\uFEFF");
        assertThat(r.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void shortlistOptionAddsTheFreelancersFetched() {
        Run r = run(Map.of(), "search", "java", "--per-page", "5", "--shortlist", "Java people");
        assertThat(r.code()).isZero();
        Run list = run(Map.of(), "shortlist", "list");
        assertThat(list.out()).contains("Java people").contains("5");
    }

    @Test
    void aMalformedApiUrlIsOnePlainSentenceAndExitsThree() {
        Run r = run(Map.of("PARSE_API_KEY", KEY, "TALENT_FINDER_API_URL", "ht tp://bad url"), "search", "java");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("API URL").doesNotContain("Exception").doesNotContain(KEY);
    }
}
