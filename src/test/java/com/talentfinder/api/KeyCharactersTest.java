package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.StubApiServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, point 7: a key with control characters is named as the problem, not the API URL. */
class KeyCharactersTest {

    private StubApiServer server;

    @BeforeEach
    void start() {
        server = StubApiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\u0007def", "abc\ndef", "abc\rdef", "ab\u0000c", "key with spaces", "k\u00e9y"})
    void aKeyWithCharactersNoKeyHasIsNamedAsTheProblem(String raw) {
        ApiEndpoint endpoint = ApiEndpoint.of(server.baseUrl(), ApiKey.ofNullable(raw));
        ParseBotClient client = new ParseBotClient(endpoint, ParseBotClient.defaultHttpClient(endpoint),
                Clock.systemUTC());

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client.search(new SearchRequest("java", 1, 10)));

        assertThat(e.getMessage()).contains("the API key contains characters a key cannot have".substring(4))
                .doesNotContain("API URL").doesNotContain(raw);
        assertThat(e.kind()).isEqualTo(ApiException.Kind.UNAUTHORIZED);
        assertThat(server.requestCount()).isZero();
    }
}
