package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.ui.search.ErrorState.Action;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorStateTest {

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SERVICE_ERROR", "UPSTREAM_ERROR", "BAD_RESPONSE", "TIMEOUT", "NETWORK"})
    void retryableFailuresOfferRetry(Kind kind) {
        ErrorState state = ErrorState.from(new ApiException(kind, "Plain sentence."));

        assertThat(state.action()).isEqualTo(Action.RETRY);
        assertThat(state.actionLabel()).isEqualTo("Retry");
        assertThat(state.detail()).isEqualTo("Plain sentence.");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"UNAUTHORIZED", "NOT_FOUND"})
    void keyAndUrlFailuresOpenSettings(Kind kind) {
        ErrorState state = ErrorState.from(new ApiException(kind, "Fix it."));

        assertThat(state.action()).isEqualTo(Action.OPEN_SETTINGS);
        assertThat(state.actionLabel()).isEqualTo("Open settings");
        assertThat(state.title()).contains("Settings");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindHasAPlainTitle(Kind kind) {
        String title = ErrorState.from(new ApiException(kind, "x")).title();

        assertThat(title).isNotBlank().doesNotStartWith("[");
    }

    @Test
    void rateLimitedWaitsAsLongAsTheServiceSaid() {
        ErrorState state = ErrorState.from(
                new ApiException(Kind.RATE_LIMITED, "Slow down.", 429, Duration.ofSeconds(17), null));

        assertThat(state.action()).isEqualTo(Action.WAIT);
        assertThat(state.secondsLeft()).isEqualTo(17);
        assertThat(state.title()).isEqualTo("Too many searches in a short time. You can try again in 17 s.");
        assertThat(state.actionLabel()).isEqualTo("Cancel");
    }

    @Test
    void rateLimitedWithoutRetryAfterWaitsTheDefault() {
        ErrorState state = ErrorState.from(new ApiException(Kind.RATE_LIMITED, "Slow down."));

        assertThat(state.secondsLeft()).isEqualTo(ErrorState.DEFAULT_WAIT_SECONDS);
    }

    @Test
    void aVeryLongWaitIsNotCountedDown() {
        ErrorState state = ErrorState.from(
                new ApiException(Kind.RATE_LIMITED, "Daily limit.", 429, Duration.ofHours(5), null));

        assertThat(state.action()).isEqualTo(Action.NONE);
    }

    @Test
    void blockedWaitsOnlyWhenTheServiceSaidWhen() {
        assertThat(ErrorState.from(new ApiException(Kind.BLOCKED, "Blocked.")).action()).isEqualTo(Action.RETRY);
        assertThat(ErrorState.from(new ApiException(Kind.BLOCKED, "Blocked.", 503, Duration.ofSeconds(30), null))
                .action()).isEqualTo(Action.WAIT);
    }

    @Test
    void rejectedInputHasNoAction() {
        assertThat(ErrorState.from(new ApiException(Kind.INPUT_REJECTED, "No.")).action()).isEqualTo(Action.NONE);
        assertThat(ErrorState.from(new ApiException(Kind.BAD_REQUEST, "No.")).actionLabel()).isNull();
    }

    @Test
    void anUnexpectedFailureOffersRetryWithoutShowingItsMessage() {
        ErrorState state = ErrorState.from(new IllegalStateException("java.lang.NullPointerException at Foo"));

        assertThat(state.action()).isEqualTo(Action.RETRY);
        assertThat(state.detail()).isNull();
        assertThat(state.title()).isEqualTo("Something went wrong with this search. Try again.");
    }
}
