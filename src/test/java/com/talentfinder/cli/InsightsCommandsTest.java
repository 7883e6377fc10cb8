package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.demo.DemoServer;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insight commands end to end on the embedded demo data and a loopback server. The expected figures are
 * computed here from the raw JSON pages of a second demo server, with doubles and a percentile written out
 * again: not through the app's parsing or statistics.
 */
class InsightsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The raw freelancer objects of pages 1..n of 50 from an independent demo server. */
    private static List<JsonNode> rawPages(String query, int pages, long[] totalResults) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (DemoServer demo = DemoServer.start(0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (int p = 1; p <= pages; p++) {
                URI uri = URI.create(demo.baseUrl() + "/search_freelancers?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + p + "&per_page=50");
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("X-API-Key", DemoServer.DEMO_KEY)
                        .build(), HttpResponse.BodyHandlers.ofString());
                JsonNode data = JSON.readTree(r.body()).get("data");
                if (p == 1) {
                    totalResults[0] = data.get("total_results").asLong();
                }
                data.get("freelancers").forEach(out::add);
            }
        }
        return out;
    }

    private static double pct(List<Double> sorted, double p) {
        double h = p * (sorted.size() - 1);
        int lo = (int) Math.floor(h);
        return lo + 1 >= sorted.size() ? sorted.get(lo) : sorted.get(lo) + (h - lo) * (sorted.get(lo + 1) - sorted.get(lo));
    }

    private static double rate(JsonNode f) {
        JsonNode r = f.get("hourly_rate");
        return r == null || r.isNull() ? 0 : Double.parseDouble(r.asText());
    }

    private static String currency(JsonNode f) {
        JsonNode c = f.get("currency");
        return c == null || c.isNull() || c.asText().isBlank() ? null : c.asText().strip().toUpperCase();
    }

    private static void assertFigures(JsonNode row, List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        assertThat(row.get("count").asInt()).isEqualTo(v.size());
        assertThat(row.get("min").asDouble()).isCloseTo(v.get(0), within(1e-9));
        assertThat(row.get("max").asDouble()).isCloseTo(v.get(v.size() - 1), within(1e-9));
        assertThat(row.get("mean").asDouble()).isCloseTo(v.stream().mapToDouble(d -> d).average().orElseThrow(),
                within(1e-6));
        if (v.size() >= 5) {
            String[] keys = {"p10", "p25", "median", "p75", "p90"};
            double[] ps = {0.10, 0.25, 0.50, 0.75, 0.90};
            for (int i = 0; i < keys.length; i++) {
                assertThat(row.get(keys[i]).asDouble()).as(keys[i]).isCloseTo(pct(v, ps[i]), within(1e-9));
            }
            assertThat(row.get("confidence").asText()).isEqualTo(v.size() < 15 ? "low" : v.size() < 50 ? "medium" : "high");
        } else {
            assertThat(row.get("median").isNull()).isTrue();
            assertThat(row.get("confidence").asText()).isEqualTo("too_few");
        }
    }

    @Test
    void reportRatesGivesTheFiguresOfTheSamePagesComputedIndependently() throws Exception {
        Run r = run(Map.of(), "report", "rates", "wordpress", "--pages", "3", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("demo data").contains("Cost: 3 pages");

        List<JsonNode> raw = rawPages("wordpress", 3, new long[1]);
        Map<String, List<Double>> expected = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        int excluded = 0;
        for (JsonNode f : raw) {
            if (!seen.add(f.get("ciphertext").asText())) {
                continue;
            }
            String cur = currency(f);
            if (rate(f) <= 0 || cur == null) {
                excluded++;
                continue;
            }
            String country = f.hasNonNull("country") && !f.get("country").asText().isBlank()
                    ? f.get("country").asText().strip() : null;
            expected.computeIfAbsent(country + "|" + cur, k -> new ArrayList<>()).add(rate(f));
        }
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("query").asText()).isEqualTo("wordpress");
        assertThat(o.get("pages_fetched").asInt()).isEqualTo(3);
        assertThat(o.get("excluded").asInt()).isEqualTo(excluded);
        assertThat(o.get("caveat").asText()).contains("asking rates").contains("not rates paid")
                .contains("badged talent ranks higher").contains("Fetched ");
        assertThat(o.get("fetched_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(o.get("groups")).hasSize(expected.size());
        for (JsonNode g : o.get("groups")) {
            String key = (g.get("country").isNull() ? null : g.get("country").asText()) + "|" + g.get("currency").asText();
            assertThat(expected).containsKey(key);
            assertFigures(g, expected.get(key));
        }
        assertThat(expected.values().stream().anyMatch(v -> v.size() >= 5)).isTrue();
    }

    @Test
    void reportMarketOverThreeKeywordsGivesTheFiguresOfTheSamePages() throws Exception {
        Run r = run(Map.of(), "report", "market", "react", "python", "wordpress", "--pages", "2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out()).get("keywords");
        for (String keyword : List.of("react", "python", "wordpress")) {
            long[] total = new long[1];
            List<JsonNode> raw = rawPages(keyword, 2, total);
            Map<String, List<Double>> byCurrency = new TreeMap<>();
            Set<String> seen = new HashSet<>();
            int fetched = 0;
            int badged = 0;
            for (JsonNode f : raw) {
                if (!seen.add(f.get("ciphertext").asText())) {
                    continue;
                }
                fetched++;
                boolean badge = "top_rated".equals(f.path("top_rated").asText())
                        || "top_rated_plus".equals(f.path("top_rated_plus").asText()) || f.path("vetted").asBoolean();
                badged += badge ? 1 : 0;
                if (rate(f) > 0 && currency(f) != null) {
                    byCurrency.computeIfAbsent(currency(f), c -> new ArrayList<>()).add(rate(f));
                }
            }
            List<JsonNode> mine = new ArrayList<>();
            rows.forEach(n -> {
                if (n.get("keyword").asText().equals(keyword)) {
                    mine.add(n);
                }
            });
            assertThat(mine).hasSize(byCurrency.size());
            for (JsonNode row : mine) {
                assertThat(row.get("total_results").asLong()).isEqualTo(total[0]);
                assertThat(row.get("top_rated_share").asDouble()).isCloseTo((double) badged / fetched, within(1e-9));
                assertFigures(row, byCurrency.get(row.get("currency").asText()));
            }
        }
    }

    @Test
    void aSavedMarketReportReopensAndExportsWithTheCaveat() throws Exception {
        Run first = run(Map.of(), "report", "market", "react", "vue", "--pages", "1", "--format", "json",
                "--save", "Frontend");
        assertThat(first.code()).as(first.err()).isZero();
        Path xlsx = home.resolve("m.xlsx");
        Path csv = home.resolve("m.csv");
        Run again = run(Map.of(), "report", "market", "--open", "frontend", "--format", "json");
        assertThat(again.code()).isZero();
        assertThat(again.err()).doesNotContain("Cost:").doesNotContain("Fetched 1");
        assertThat(JSON.readTree(again.out()).get("keywords")).isEqualTo(JSON.readTree(first.out()).get("keywords"));
        assertThat(run(Map.of(), "report", "market", "--open", "Frontend", "--output", xlsx.toString()).code()).isZero();
        assertThat(run(Map.of(), "report", "market", "--open", "Frontend", "--output", csv.toString(),
                "--format", "csv").code()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        String text = Files.readString(csv);
        assertThat(text).startsWith("\uFEFFKeyword,Freelancers offering").contains("not rates paid")
                .contains("Saved report \"\"Frontend\"\"");
        assertThat(run(Map.of(), "report", "market", "--open", "nothing").code()).isEqualTo(2);
    }

    @Test
    void aHiddenJssIsRankedByTheOtherFactors() throws Exception {
        try (StubApiServer server = StubApiServer.start()) {
            server.enqueue(StubApiServer.Response.ok(ApiFixtures.page(1, 50, 2, 1, List.of(
                    ApiFixtures.sampleWith("hide_jss", "true").replace("~01dc05c3dd4817bee4", "~hidden"),
                    ApiFixtures.SAMPLE_FREELANCER))));
            Run r = run(Map.of("PARSE_API_KEY", "sk-test-1", "TALENT_FINDER_API_URL", server.baseUrl().toString()),
                    "rank", "react", "--weights", "jss=40,badges=20,hours=20", "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode o = JSON.readTree(r.out());
            assertThat(o.get("formula_version").asInt()).isEqualTo(1);
            assertThat(o.get("weights").get("jss").asInt()).isEqualTo(40);
            assertThat(o.get("caveat").asText()).contains("unknown, not zero");
            JsonNode hidden = null;
            for (JsonNode f : o.get("freelancers")) {
                if (f.get("id").asText().equals("~hidden")) {
                    hidden = f;
                }
            }
            assertThat(hidden).isNotNull();
            assertThat(hidden.get("contributions").has("jss")).isFalse();
            assertThat(hidden.get("contributions").has("badges")).isTrue();
            assertThat(hidden.get("contributions").has("hours")).isTrue();
            assertThat(hidden.get("unknown").get(0).asText()).isEqualTo("jss");
            assertThat(hidden.get("score").asDouble()).isPositive();
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void badInputIsAUsageErrorInOneSentence() {
        assertThat(run(Map.of(), "report", "rates", "x", "--pages", "11").code()).isEqualTo(2);
        Run w = run(Map.of(), "rank", "x", "--weights", "jss=400");
        assertThat(w.code()).isEqualTo(2);
        assertThat(w.err()).contains("from 0 to 100");
        assertThat(run(Map.of(), "report", "market").code()).isEqualTo(2);
        assertThat(run(Map.of(), "trend", "check", "  ").code()).isEqualTo(2);
    }

    @Test
    void aServiceErrorBeforeAnyPageGivesItsExitCode() {
        try (StubApiServer server = StubApiServer.start()) {
            server.enqueue(StubApiServer.Response.json(401, ApiFixtures.errorBody("unauthorized", 401, "bad key", 401)));
            Run r = run(Map.of("PARSE_API_KEY", "sk-test-1", "TALENT_FINDER_API_URL", server.baseUrl().toString()),
                    "report", "rates", "react", "--pages", "1");
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).doesNotContain("sk-test-1").doesNotContain("Exception");
        }
    }
}
