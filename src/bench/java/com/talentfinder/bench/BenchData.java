package com.talentfinder.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.demo.DemoDataset;
import com.talentfinder.demo.DemoServer;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data for the benchmarks: real demo-server answers and the demo freelancers as domain records. */
final class BenchData {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchData() {
    }

    /** The body of a real demo-server answer (over loopback HTTP, as the app receives it). */
    static byte[] demoResponse(String query, int page, int perPage) throws Exception {
        try (DemoServer server = DemoServer.start(0)) {
            return get(server.baseUrl() + "/search_freelancers?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page + "&per_page=" + perPage);
        }
    }

    static byte[] get(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-API-Key", DemoServer.DEMO_KEY).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("demo server answered " + r.statusCode());
        }
        return r.body();
    }

    /** Every demo freelancer, read through the app's own parser. */
    static List<Freelancer> demoFreelancers() throws Exception {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("status", "success");
        ArrayNode data = body.putArray("data");
        DemoDataset.shared().entries().forEach(e -> data.add(e.toJson()));
        return new ResponseParser().parse(new SearchRequest("bench", 1, 50), MAPPER.writeValueAsBytes(body))
                .freelancers();
    }

    /** {@code n} freelancers: the demo ones repeated, each copy with its own id. */
    static List<Freelancer> freelancers(int n) throws Exception {
        List<Freelancer> demo = demoFreelancers();
        List<Freelancer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Freelancer f = demo.get(i % demo.size());
            out.add(i < demo.size() ? f : withId(f, f.id() + "x" + (i / demo.size())));
        }
        return out;
    }

    static Freelancer withId(Freelancer f, String id) {
        return new Freelancer(id, f.name(), f.title(), f.description(), f.profileUrl(), f.portraitUrl(),
                f.hourlyRate(), f.currency(), f.country(), f.state(), f.city(), f.timezone(), f.skills(),
                f.jobSuccessScore(), f.jssHidden(), f.totalEarnings(), f.earningsHidden(), f.totalHours(),
                f.totalCompletedJobs(), f.topRated(), f.topRatedPlus(), f.vetted(), f.idVerified());
    }
}
