package com.talentfinder.ui.common;

import com.talentfinder.api.ApiException;
import com.talentfinder.ui.Messages;
import java.time.Duration;

/**
 * A failed call in words from the bundle: the api layer gives a code ({@link ApiException.Reason}) and values
 * (the wait, the status, the service's own words); the window says it. The English the api layer keeps in
 * {@code getMessage()} is for the command line and the logs only.
 */
public final class ApiErrorText {

    private ApiErrorText() {
    }

    /** A failure of a job in words: a failed call by its code; anything else by its own sentence, as before. */
    public static String of(Throwable failure) {
        return failure instanceof ApiException api ? of(api) : failure.getMessage();
    }

    public static String of(ApiException e) {
        Duration wait = e.retryAfter().orElse(null);
        return switch (e.reason()) {
            case MISSING_KEY -> Messages.get("api.error.missingKey");
            case INVALID_KEY_CHARACTERS -> Messages.get("api.error.invalidKeyCharacters");
            case INSECURE_URL -> Messages.get("api.error.insecureUrl");
            case INVALID_URL -> Messages.get("api.error.invalidUrl");
            case INVALID_URL_SETTING -> Messages.get("api.error.invalidUrlSetting");
            case TIMEOUT -> Messages.get("api.error.timeout");
            case NETWORK -> Messages.get("api.error.network");
            case TOO_LARGE -> Messages.get("api.error.tooLarge");
            case UNREADABLE -> Messages.get("api.error.unreadable");
            case NOT_RESULTS -> Messages.get("api.error.notResults");
            case BAD_REQUEST -> Messages.get("api.error.badRequest");
            case KEY_REFUSED -> Messages.get("api.error.keyRefused");
            case UNKNOWN_URL -> Messages.get("api.error.unknownUrl");
            case INPUT_REJECTED -> e.serviceMessage()
                    .map(words -> Messages.format("api.error.inputRejected.service", words))
                    .orElseGet(() -> Messages.get("api.error.inputRejected"));
            case RATE_LIMITED -> Messages.format("api.error.rateLimited",
                    wait == null ? Messages.get("api.error.wait.aMinute") : describe(wait));
            case SERVICE_ERROR -> Messages.get("api.error.serviceError");
            case UPSTREAM_ERROR -> Messages.get("api.error.upstreamError");
            case BLOCKED -> wait == null ? Messages.get("api.error.blocked")
                    : Messages.format("api.error.blocked.in", describe(wait));
            case UNEXPECTED_STATUS -> Messages.format("api.error.unexpectedStatus", Integer.toString(e.httpStatus()));
            case UNSPECIFIED -> e.getMessage();
        };
    }

    /** "a moment", "1 second", "45 seconds", "3 minutes". */
    private static String describe(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s == 0) {
            return Messages.get("api.error.wait.moment");
        }
        if (s < 120) {
            return s == 1 ? Messages.get("api.error.wait.second") : Messages.format("api.error.wait.seconds", s);
        }
        return Messages.format("api.error.wait.minutes", (s + 59) / 60);
    }
}
