package com.talentfinder.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.export.FreelancerJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: a minimal real HTTP source for {@link RollingMinuteServer}, standing in for ParseBotClient (a stub on
 * this branch). The lead re-runs {@link LoopbackPacingTest} with the real client after merging.
 */
final class LoopbackHttpSource implements FreelancerSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Clock clock;

    LoopbackHttpSource(String baseUrl, Clock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public SearchPage search(SearchRequest r) throws ApiException, InterruptedException {
        URI uri = URI.create(baseUrl + "/search_freelancers?query="
                + URLEncoder.encode(r.query(), StandardCharsets.UTF_8) + "&page=" + r.page() + "&per_page=" + r.perPage());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).header("X-API-Key", "test")
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.NETWORK, "Could not reach the service.");
        }
        if (response.statusCode() == 429) {
            Duration wait = response.headers().firstValue("Retry-After").map(Long::parseLong)
                    .map(Duration::ofSeconds).orElse(null);
            throw new ApiException(ApiException.Kind.RATE_LIMITED, "Too many calls.", 429, wait, null);
        }
        if (response.statusCode() != 200) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "Bad answer.", response.statusCode(), null, null);
        }
        try {
            JsonNode data = JSON.readTree(response.body()).get("data");
            List<Freelancer> freelancers = new ArrayList<>();
            data.get("freelancers").forEach(n -> freelancers.add(FreelancerJson.fromJson(n)));
            return new SearchPage(r, data.get("total_results").asLong(), data.get("total_pages").asInt(), freelancers,
                    clock.instant(), false);
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "Bad answer.", 200, null, e);
        }
    }
}
