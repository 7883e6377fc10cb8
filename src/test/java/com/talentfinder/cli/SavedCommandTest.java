package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --save}, {@code saved list|run|delete} end to end against a loopback server. */
class SavedCommandTest {

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(StubApiServer server, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("TALENT_FINDER_HOME", home.toString());
        env.put("PARSE_API_KEY", "test-key");
        env.put("TALENT_FINDER_API_URL", server.baseUrl().toString());
        env.put("TALENT_FINDER_CALLS_PER_MINUTE", "1000");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static String id(int n) {
        return String.format("~01bb%014d", n);
    }

    private static StubApiServer server(List<String> ranking) {
        StubApiServer server = StubApiServer.start();
        server.route("/search_freelancers", req -> {
            int page = Integer.parseInt(req.queryParam("page"));
            int perPage = Integer.parseInt(req.queryParam("per_page"));
            int from = Math.min(ranking.size(), (page - 1) * perPage);
            int to = Math.min(ranking.size(), from + perPage);
            List<String> people = new ArrayList<>();
            ranking.subList(from, to).forEach(i -> people.add(ApiFixtures.freelancer(i, "P")));
            int pages = (ranking.size() + perPage - 1) / perPage;
            return StubApiServer.Response.ok(ApiFixtures.page(page, perPage, ranking.size(), pages, people));
        });
        return server;
    }

    @Test
    void savedRunPrintsExactlyTheAgreedJson() throws Exception {
        List<String> ranking = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 15; i++) {
            ranking.add(id(i));
        }
        try (StubApiServer server = server(ranking)) {
            Run save = run(server, "search", "react", "developer", "--save", "Weekly react", "--pages", "2",
                    "--format", "json");
            assertThat(save.code()).as(save.err()).isZero();
            assertThat(save.err()).contains("Saved as 'Weekly react'");

            Run first = run(server, "saved", "run", "weekly", "react", "--format", "json");
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.err()).contains("Cost: at most 2 pages");
            JsonNode a = new ObjectMapper().readTree(first.out());
            List<String> keys = new ArrayList<>();
            a.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("name", "pages_fetched", "new", "seen_before", "calls");
            assertThat(a.get("name").asText()).isEqualTo("Weekly react");
            assertThat(a.get("pages_fetched").asInt()).isEqualTo(2);
            assertThat(a.get("new")).hasSize(15);
            assertThat(a.get("seen_before").asInt()).isZero();
            assertThat(a.get("calls").asInt()).isEqualTo(2);

            ranking.add(0, id(100));
            ranking.add(1, id(101));
            ranking.add(2, id(102));
            Run second = run(server, "saved", "run", "Weekly react", "--format", "json");
            JsonNode b = new ObjectMapper().readTree(second.out());
            assertThat(b.get("new")).extracting(JsonNode::asText).containsExactly(id(100), id(101), id(102));
            assertThat(b.get("seen_before").asInt()).isEqualTo(15);

            Run list = run(server, "saved", "list");
            assertThat(list.out()).contains("Weekly react").contains("3 new since");

            assertThat(run(server, "saved", "delete", "Weekly react").code()).isZero();
            Run gone = run(server, "saved", "run", "Weekly react");
            assertThat(gone.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(gone.err()).contains("No saved search is named 'Weekly react'");
        }
    }

    @Test
    void aNameIsSavedOnce() {
        try (StubApiServer server = server(new CopyOnWriteArrayList<>(List.of(id(1))))) {
            assertThat(run(server, "search", "react", "--save", "A").code()).isZero();
            Run again = run(server, "search", "vue", "--save", "a");
            assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(again.err()).contains("already exists");
            assertThat(run(server, "search", "vue", "--save", "B", "--pages", "21").code()).isEqualTo(ExitCodes.USAGE);
        }
    }
}
