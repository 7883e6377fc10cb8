package com.talentfinder.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Every failure of a search that the user can meet, typed by what the product does about it.
 * The message is one plain sentence for a non-technical reader, with a next step; it never holds the key.
 */
public final class ApiException extends Exception {

    /** What went wrong, grouped by what the user can do about it. */
    public enum Kind {
        /** The request was invalid before sending (blank query, bad page): fix the input. */
        INVALID_INPUT(false),
        /** 400: the service says our request is malformed, a bug of ours. */
        BAD_REQUEST(false),
        /** 401: key missing, invalid or expired: fix it in Settings. */
        UNAUTHORIZED(false),
        /** 404: the scraper id in the API URL is unknown: fix the API URL in Settings. */
        NOT_FOUND(false),
        /** 422: the service rejected the input. */
        INPUT_REJECTED(false),
        /** 429: too many calls; wait for {@link #retryAfter()} then retry. */
        RATE_LIMITED(true),
        /** 500: the scraper failed; the user may retry. */
        SERVICE_ERROR(true),
        /** 502: Upwork answered with an error; retry later, never automatically. */
        UPSTREAM_ERROR(true),
        /** 503: blocked upstream; retry only when the service said when. */
        BLOCKED(false),
        /** Any other status, HTML, bad or truncated JSON, or a 200 whose status is not success. */
        BAD_RESPONSE(true),
        /** The service did not answer in time. */
        TIMEOUT(true),
        /** No connection (refused, reset, DNS, offline). */
        NETWORK(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryableByDefault() {
            return retryable;
        }
    }

    /**
     * Which sentence a failure calls for: the window takes its words from its bundle by this code
     * ({@code ui.common.ApiErrorText}); the English of {@link #getMessage()} is the default English of the command
     * line and the logs.
     */
    public enum Reason {
        MISSING_KEY, INVALID_KEY_CHARACTERS, INSECURE_URL, INVALID_URL, INVALID_URL_SETTING, TIMEOUT, NETWORK,
        TOO_LARGE, UNREADABLE, NOT_RESULTS, BAD_REQUEST, KEY_REFUSED, UNKNOWN_URL, INPUT_REJECTED, RATE_LIMITED,
        SERVICE_ERROR, UPSTREAM_ERROR, BLOCKED, UNEXPECTED_STATUS,
        /** Built without a code (fakes, tests): the window shows the exception's own sentence. */
        UNSPECIFIED
    }

    private final Kind kind;
    private final Reason reason;
    private final String serviceMessage;
    private final int httpStatus;
    private final Duration retryAfter;
    private final boolean retryable;

    public ApiException(Kind kind, String plainMessage) {
        this(kind, plainMessage, 0, null, null);
    }

    public ApiException(Kind kind, String plainMessage, int httpStatus, Duration retryAfter, Throwable cause) {
        this(kind, Reason.UNSPECIFIED, plainMessage, httpStatus, retryAfter, null, cause);
    }

    /**
     * @param defaultEnglish the sentence for the command line and logs (the window words {@code reason} itself)
     * @param serviceMessage the service's own cleaned words, shown inside the sentence for a rejected search
     */
    public ApiException(Kind kind, Reason reason, String defaultEnglish, int httpStatus, Duration retryAfter,
                        String serviceMessage, Throwable cause) {
        super(defaultEnglish, cause);
        this.kind = kind;
        this.reason = reason;
        this.serviceMessage = serviceMessage;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        // A blocked answer becomes retryable when the service said when to come back.
        this.retryable = kind.retryableByDefault() || (kind == Kind.BLOCKED && retryAfter != null);
    }

    public Kind kind() {
        return kind;
    }

    /** The code of the sentence this failure calls for. */
    public Reason reason() {
        return reason;
    }

    /** The service's own words (cleaned, capped, never the key), when it gave any for a rejected search. */
    public Optional<String> serviceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** The HTTP status, or 0 when there was no HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the service asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether trying the same call again can help. */
    public boolean isRetryable() {
        return retryable;
    }

    /** True for failures the user fixes in Settings (key or API URL). */
    public boolean needsSettings() {
        return kind == Kind.UNAUTHORIZED || kind == Kind.NOT_FOUND;
    }
}
