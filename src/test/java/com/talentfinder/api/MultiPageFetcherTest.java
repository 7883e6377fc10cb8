package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several pages of one query through the real client, de-duplicated by ciphertext. */
class MultiPageFetcherTest {

    private static final SearchRequest FIRST = new SearchRequest("react", 1, 3);

    private StubApiServer server;
    private MultiPageFetcher fetcher;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() {
        server = StubApiServer.start();
        ApiEndpoint endpoint = ApiEndpoint.of(server.baseUrl(), ApiKey.ofNullable("test-key"));
        fetcher = new MultiPageFetcher(new ParseBotClient(endpoint));
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
                    ids.stream().map(MultiPageFetcherTest::person).toList()));
        });
    }

    private static List<String> names(MultiPageResult r) {
        return r.freelancers().stream().map(Freelancer::name).toList();
    }

    @Test
    void dropsProfilesRepeatedOnLaterPagesKeepingFirstOccurrenceAndOrder() throws Exception {
        servePages(3, Map.of(1, List.of("001", "002", "003"), 2, List.of("002", "004", "001"),
                3, List.of("005", "004", "006")));
        MultiPageResult r = fetcher.fetch(FIRST, 3, (done, planned) -> progress.add(done + "/" + planned));
        assertThat(names(r)).containsExactly("Person 001", "Person 002", "Person 003", "Person 004", "Person 005",
                "Person 006");
        assertThat(r.pagesFetched()).isEqualTo(3);
        assertThat(r.totalResults()).isEqualTo(9);
        assertThat(r.totalPages()).isEqualTo(3);
        assertThat(r.request()).isEqualTo(FIRST);
        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void stopsAtAnEmptyPage() throws Exception {
        servePages(10, Map.of(1, List.of("001", "002", "003")));
        MultiPageResult r = fetcher.fetch(FIRST, 5);
        assertThat(r.pagesFetched()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(r.freelancers()).hasSize(3);
    }

    @Test
    void neverAsksForAPagePastTheLast() throws Exception {
        servePages(2, Map.of(1, List.of("001", "002", "003"), 2, List.of("004")));
        MultiPageResult r = fetcher.fetch(FIRST, 5, (done, planned) -> progress.add(done + "/" + planned));
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(r.pagesFetched()).isEqualTo(2);
        assertThat(progress).containsExactly("1/2", "2/2");
    }

    @Test
    void startsAtTheFirstRequestsPage() throws Exception {
        servePages(5, Map.of(3, List.of("003"), 4, List.of("004")));
        MultiPageResult r = fetcher.fetch(FIRST.withPage(3), 2);
        assertThat(server.requests()).extracting(q -> q.queryParam("page")).containsExactly("3", "4");
        assertThat(names(r)).containsExactly("Person 003", "Person 004");
    }

    @Test
    void aFailingFirstPageThrowsItsApiException() {
        server.enqueue(Response.json(401, "{}"));
        assertThatThrownBy(() -> fetcher.fetch(FIRST, 3))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.UNAUTHORIZED));
    }

    @Test
    void aFailingLaterPageKeepsThePagesFetchedSoFar() {
        server.enqueue(Response.ok(ApiFixtures.page(1, 3, 9, 3, List.of(person("001"), person("002")))));
        server.enqueue(Response.json(502, ApiFixtures.errorBody("upstream_error", 403, "Forbidden", 502)));
        assertThatThrownBy(() -> fetcher.fetch(FIRST, 3))
                .isInstanceOfSatisfying(PartialFetchException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(ApiException.Kind.UPSTREAM_ERROR);
                    assertThat(e.getMessage()).isEqualTo(e.failure().getMessage());
                    assertThat(e.partial().pagesFetched()).isEqualTo(1);
                    assertThat(names(e.partial())).containsExactly("Person 001", "Person 002");
                });
    }

    @Test
    void anInterruptedThreadStopsBeforeTheNextPage() {
        servePages(3, Map.of(1, List.of("001"), 2, List.of("002"), 3, List.of("003")));
        MultiPageFetcher.Progress interruptAfterFirst = (done, planned) -> Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> fetcher.fetch(FIRST, 3, interruptAfterFirst))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesAPageCountBelowOne() {
        assertThatThrownBy(() -> fetcher.fetch(FIRST, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
