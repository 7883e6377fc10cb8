package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's acceptance, window side: the same search twice makes one HTTP call, counted at a loopback server
 * and by the credit meter. The whole app chain runs: SearchViewModel → cache → retries → pacing → ledger → HTTP.
 */
class SameSearchTwiceOverHttpTest {

    @TempDir
    Path home;
    private StubApiServer server;
    private AppServices services;

    @BeforeEach
    void start() {
        server = StubApiServer.start();
        server.route("/search_freelancers", request -> {
            int page = Integer.parseInt(request.queryParam("page"));
            return StubApiServer.Response.ok(ApiFixtures.page(page, 25, 60, 3,
                    List.of(ApiFixtures.freelancer("~p" + page + "a", "Ada " + page),
                            ApiFixtures.freelancer("~p" + page + "b", "Bo " + page))));
        });
        services = new AppServices(Map.of("PARSE_API_KEY", "k", "TALENT_FINDER_API_URL", server.baseUrl().toString(),
                "TALENT_FINDER_HOME", home.toString()), Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        services.close();
        server.close();
    }

    private SearchViewModel window() {
        return new SearchViewModel(services.source(), request -> services.mode().chain().searchFresh(request),
                new SyncTaskRunner(), SearchHistory.NONE, new ManualTicker(), services.clock(), () -> false);
    }

    private static void search(SearchViewModel vm, String query) {
        vm.queryProperty().set(query);
        vm.search();
    }

    @Test
    void theSameSearchTwiceMakesOneHttpCall() {
        SearchViewModel vm = window();
        search(vm, "react developer");
        search(vm, "react developer");

        assertThat(vm.results()).extracting(f -> f.name()).containsExactly("Ada 1", "Bo 1");
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(services.creditMeter().status().used()).isEqualTo(1);
    }

    @Test
    void aNewWindowIsAnsweredByThePageCacheAndSaysSo() {
        search(window(), "react developer");

        SearchViewModel again = window();
        search(again, "React  Developer");

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(services.creditMeter().status().used()).isEqualTo(1);
        assertThat(again.origin().fromCacheProperty().get()).isTrue();
        assertThat(again.origin().textProperty().get()).isEqualTo("From cache · fetched just now");
    }

    @Test
    void refreshMakesACallAndCountsACredit() {
        SearchViewModel vm = window();
        search(vm, "react developer");

        vm.refresh();

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(services.creditMeter().status().used()).isEqualTo(2);
        assertThat(vm.origin().textProperty().get()).isEqualTo("Fetched just now");
    }

    @Test
    void pagingBackMakesNoCall() {
        SearchViewModel vm = window();
        search(vm, "react developer");
        vm.nextPage();
        vm.previousPage();
        vm.nextPage();

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(services.creditMeter().status().used()).isEqualTo(2);
    }
}
