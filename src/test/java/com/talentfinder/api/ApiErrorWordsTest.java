package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.api.ApiException.Reason;
import com.talentfinder.ui.common.ApiErrorText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 (2): the api layer gives a code, the window says it from its bundle. Every failure the mapper makes
 * reads the same in the window as the command line's English (no sentence changed), and the window's words do
 * not come from the exception.
 */
class ApiErrorWordsTest {

    private final ErrorMapper mapper = new ErrorMapper(ApiKey.ofNullable("test-key"),
            Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));

    private List<ApiException> everyFailure() {
        List<ApiException> all = new ArrayList<>(List.of(ErrorMapper.missingKey(), ErrorMapper.insecureUrl(),
                ErrorMapper.invalidKeyCharacters(), ErrorMapper.invalidUrl(), ErrorMapper.timeout(null),
                ErrorMapper.network(null), ErrorMapper.tooLarge(200), ErrorMapper.unreadable(200)));
        for (int status : new int[] {400, 401, 404, 418, 422, 429, 500, 502, 503}) {
            all.add(mapper.fromStatus(status, null, new byte[0]));
        }
        all.add(mapper.fromStatus(429, "45", new byte[0]));
        all.add(mapper.fromStatus(429, "600", new byte[0]));
        all.add(mapper.fromStatus(429, "1", new byte[0]));
        all.add(mapper.fromStatus(429, "0", new byte[0]));
        all.add(mapper.fromStatus(503, "30", new byte[0]));
        all.add(mapper.fromStatus(422, null,
                "{\"error\":{\"status\":\"invalid_input\",\"message\":\"query too long\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        all.add(mapper.fromUnsuccessfulBody(200, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()));
        return all;
    }

    @Test
    void everyFailureReadsTheSameInTheWindowAsOnTheCommandLine() {
        Set<Reason> seen = EnumSet.noneOf(Reason.class);
        for (ApiException e : everyFailure()) {
            assertThat(e.reason()).as(e.getMessage()).isNotEqualTo(Reason.UNSPECIFIED);
            assertThat(ApiErrorText.of(e)).as(e.reason().name()).isEqualTo(e.getMessage());
            seen.add(e.reason());
        }
        assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(Reason.UNSPECIFIED, Reason.INVALID_URL_SETTING)));
    }

    @Test
    void theWindowTakesItsWordsFromTheBundleNotFromTheException() {
        ApiException coded = new ApiException(Kind.UNAUTHORIZED, Reason.KEY_REFUSED, "English of the command line",
                401, null, null, null);

        assertThat(ApiErrorText.of(coded)).isEqualTo(com.talentfinder.ui.Messages.get("api.error.keyRefused"))
                .doesNotContain("English of the command line");
    }
}
