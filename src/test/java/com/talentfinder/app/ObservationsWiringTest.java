package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every real search records a count through the app's own chain; demo data never does. */
class ObservationsWiringTest {

    @TempDir
    Path home;

    @Test
    void aRealSearchRecordsOneCountAndTheDemoNone() throws Exception {
        try (StubApiServer server = StubApiServer.start();
             AppServices demo = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()), Clock.systemUTC())) {
            demo.mode().source().search(new SearchRequest("react", 1, 10));
            assertThat(demo.observations().count()).isZero();

            server.enqueue(StubApiServer.Response.ok(ApiFixtures.page(1, 10, 4321, 433,
                    List.of(ApiFixtures.SAMPLE_FREELANCER))));
            try (AppServices live = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString(), "PARSE_API_KEY",
                    "sk-test-1", "TALENT_FINDER_API_URL", server.baseUrl().toString()), Clock.systemUTC())) {
                live.mode().source().search(new SearchRequest("React", 1, 10));
                live.mode().source().search(new SearchRequest("react", 1, 10)); // cached: no call, no count
                assertThat(server.requestCount()).isEqualTo(1);
                assertThat(live.observations().forKeyword("react")).singleElement()
                        .satisfies(o -> assertThat(o.totalResults()).isEqualTo(4321));
            }
        }
    }
}
