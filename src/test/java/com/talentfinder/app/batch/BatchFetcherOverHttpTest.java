package com.talentfinder.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FakeTime;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.TestPages;
import com.talentfinder.app.SourceChain;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several pages of one query through the real client and the batch queue, de-duplicated by ciphertext. */
class BatchFetcherOverHttpTest {

    private static final SearchRequest FIRST = new SearchRequest("react", 1, 3);

    private StubApiServer server;
    private BatchFetcher fetcher;

    @BeforeEach
    void start() {
        server = StubApiServer.start();
        ApiEndpoint endpoint = ApiEndpoint.of(server.baseUrl(), ApiKey.ofNullable("test-key"));
        FakeTime time = new FakeTime();
        CachingSource chain = SourceChain.builder().cache(new TestPages.MemoryPageCache(time)).clock(time.clock())
                .build(new ParseBotClient(endpoint), server.baseUrl().toString());
        fetcher = new BatchFetcher(chain, chain::isCached, null, time);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String person(String n) {
        return ApiFixtures.freelancer("~0100000000000" + n, "Person " + n);
    }

    /** Serves these pages (page number → ids), with the given total_pages; other pages are empty. */
    private void servePages(int totalPages, Map<Integer, List<String>> pages) {
        server.route("/search_freelancers", req -> {
            int page = Integer.parseInt(req.queryParam("page"));
            List<String> ids = pages.getOrDefault(page, List.of());
            return Response.ok(ApiFixtures.page(page, 3, 9, totalPages,
                    ids.stream().map(BatchFetcherOverHttpTest::person).toList()));
        });
    }

    private BatchResult fetch(SearchRequest first, int pages) {
        return fetcher.fetch(BatchState.pages(first, pages), BatchListener.NONE, new BatchCancellation());
    }

    private static List<String> names(BatchResult r) {
        return r.uniqueFreelancers().stream().map(Freelancer::name).toList();
    }

    @Test
    void dropsProfilesRepeatedOnLaterPagesKeepingFirstOccurrenceAndOrder() {
        servePages(3, Map.of(1, List.of("001", "002", "003"), 2, List.of("002", "004", "001"),
                3, List.of("005", "004", "006")));
        BatchResult r = fetch(FIRST, 3);
        assertThat(names(r)).containsExactly("Person 001", "Person 002", "Person 003", "Person 004", "Person 005",
                "Person 006");
        assertThat(r.pages()).hasSize(3);
    }

    @Test
    void neverAsksForAPagePastTheLast() {
        servePages(2, Map.of(1, List.of("001", "002", "003"), 2, List.of("004")));
        BatchResult r = fetch(FIRST, 5);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(r.pages()).hasSize(2);
    }

    @Test
    void startsAtTheFirstRequestsPage() {
        servePages(5, Map.of(3, List.of("003"), 4, List.of("004")));
        BatchResult r = fetch(FIRST.withPage(3), 2);
        assertThat(server.requests()).extracting(q -> q.queryParam("page")).containsExactly("3", "4");
        assertThat(names(r)).containsExactly("Person 003", "Person 004");
    }

    @Test
    void aFailingLaterPageKeepsThePagesFetchedSoFar() {
        server.enqueue(Response.ok(ApiFixtures.page(1, 3, 9, 3, List.of(person("001"), person("002")))));
        server.enqueue(Response.json(502, ApiFixtures.errorBody("upstream_error", 403, "Forbidden", 502)));
        BatchResult r = fetch(FIRST, 3);
        assertThat(r.outcome()).isEqualTo(BatchResult.Outcome.FAILED);
        assertThat(r.failure().kind()).isEqualTo(ApiException.Kind.UPSTREAM_ERROR);
        assertThat(names(r)).containsExactly("Person 001", "Person 002");
        assertThat(r.remaining().pending()).extracting(SearchRequest::page).containsExactly(2, 3);
    }
}
