package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo-server} in its own process, asked as the README's curl line does. */
class DemoServerCommandTest {

    @TempDir
    Path home;

    @Test
    void answersTheDocumentedEnvelopeUntilStopped() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.talentfinder.Launcher", "demo-server",
                "--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TALENT_FINDER_HOME", home.toString());
        Process p = pb.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).contains("http://127.0.0.1:" + port + "/scraper/demo");

            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/scraper/demo/search_freelancers?query=java&page=1&per_page=3"))
                    .header("X-API-Key", "demo").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertThat(body.get("status").asText()).isEqualTo("success");
            JsonNode data = body.get("data");
            assertThat(data.get("freelancers")).hasSize(3);
            assertThat(data.get("results_count").asInt()).isEqualTo(3);
            assertThat(data.get("per_page").asInt()).isEqualTo(3);
            assertThat(data.get("total_results").asLong()).isPositive();
            assertThat(data.get("total_pages").asInt()).isPositive();
            assertThat(data.get("freelancers").get(0).get("ciphertext").asText()).startsWith("~01");
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
