package com.talentfinder.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ApiException.Kind;
import com.talentfinder.api.ApiException.Reason;
import com.talentfinder.cleaning.JsonValues;
import com.talentfinder.cleaning.UntrustedText;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns every failure of a call into an {@link ApiException} with one plain sentence and a next step,
 * following the error table of the API contract. It reads parse.bot's error body
 * ({@code {"error":{"status":..,"message":..},"status_code":502}}) when there is one and ignores HTML or junk.
 *
 * <p>Service text is copied into a message only for a 422 (the user needs to know what was rejected), and
 * then only cleaned, capped and with the key removed: a server could echo the key back in its body.
 */
final class ErrorMapper {

    static final int MAX_SERVICE_MESSAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiKey key;
    private final Clock clock;

    ErrorMapper(ApiKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    static ApiException missingKey() {
        return new ApiException(Kind.UNAUTHORIZED, Reason.MISSING_KEY,
                "No API key is set: add your parse.bot key in Settings or set PARSE_API_KEY, then search again.",
                0, null, null, null);
    }

    static ApiException insecureUrl() {
        return new ApiException(Kind.NOT_FOUND, Reason.INSECURE_URL,
                "The API URL must start with https:// so your key is never sent unencrypted: fix it in Settings.",
                0, null, null, null);
    }

    static ApiException invalidKeyCharacters() {
        return new ApiException(Kind.UNAUTHORIZED, Reason.INVALID_KEY_CHARACTERS, "The API key contains characters "
                + "a key cannot have (such as a space, a line break or a control character). Copy the key again from "
                + "parse.bot and paste it in Settings.", 0, null, null, null);
    }

    static ApiException invalidUrl() {
        return new ApiException(Kind.NOT_FOUND, Reason.INVALID_URL,
                "The API URL is not a valid web address: check the API URL in Settings.", 0, null, null, null);
    }

    static ApiException timeout(Throwable cause) {
        return new ApiException(Kind.TIMEOUT, Reason.TIMEOUT,
                "The search service did not answer in time: check your connection and try again.", 0, null, null,
                cause);
    }

    static ApiException network(Throwable cause) {
        return new ApiException(Kind.NETWORK, Reason.NETWORK,
                "Talent Finder could not reach the search service: check your internet connection and try again.",
                0, null, null, cause);
    }

    static ApiException tooLarge(int httpStatus) {
        return new ApiException(Kind.BAD_RESPONSE, Reason.TOO_LARGE,
                "The search service sent an answer far larger than expected: try again later.",
                httpStatus, null, null, null);
    }

    static ApiException unreadable(int httpStatus) {
        return new ApiException(Kind.BAD_RESPONSE, Reason.UNREADABLE,
                "The search service sent an answer Talent Finder cannot read: try again in a moment.",
                httpStatus, null, null, null);
    }

    /** A non-2xx answer. {@code retryAfterHeader} may be null; {@code body} may be anything, or empty. */
    ApiException fromStatus(int status, String retryAfterHeader, byte[] body) {
        JsonNode error = readErrorBody(body);
        Kind kind = kindForStatus(status);
        Duration retryAfter = null;
        if (kind == Kind.RATE_LIMITED || kind == Kind.BLOCKED || kind == Kind.UPSTREAM_ERROR) {
            retryAfter = parseRetryAfter(retryAfterHeader);
            if (retryAfter == null) {
                retryAfter = bodyRetryAfter(error);
            }
        }
        return build(kind, status, retryAfter, serviceMessage(error));
    }

    /** A 2xx answer whose {@code status} is not {@code success}: the body itself says what went wrong. */
    ApiException fromUnsuccessfulBody(int httpStatus, JsonNode root) {
        Kind kind = kindForBodyStatus(JsonValues.text(root.path("error"), "status"));
        if (kind == null) {
            Integer code = JsonValues.integer(root, "status_code");
            kind = code == null ? Kind.BAD_RESPONSE : kindForStatus(code);
        }
        if (kind == Kind.BAD_RESPONSE) {
            return new ApiException(Kind.BAD_RESPONSE, Reason.NOT_RESULTS,
                    "The search service reported a problem instead of results: try again in a moment.",
                    httpStatus, null, null, null);
        }
        return build(kind, httpStatus, bodyRetryAfter(root), serviceMessage(root));
    }

    private ApiException build(Kind kind, int status, Duration retryAfter, String serviceMessage) {
        String message = switch (kind) {
            case BAD_REQUEST -> "The search service called the request malformed, which is a problem in "
                    + "Talent Finder itself: please report it.";
            case UNAUTHORIZED -> "The search service refused the API key: enter a valid key in Settings "
                    + "(or set PARSE_API_KEY) and search again.";
            case NOT_FOUND -> "The search service does not know this API URL: check the API URL in Settings.";
            case INPUT_REJECTED -> serviceMessage == null
                    ? "The search service rejected this search: change the search text and try again."
                    : "The search service rejected this search (" + serviceMessage
                            + "): change the search text and try again.";
            case RATE_LIMITED -> "Too many searches in a short time: wait " + describe(retryAfter, "a minute")
                    + " and try again.";
            case SERVICE_ERROR -> "The search service failed on its side: try again.";
            case UPSTREAM_ERROR -> "Upwork answered the search service with an error: try again in a few minutes.";
            case BLOCKED -> retryAfter == null
                    ? "Upwork is blocking the search service for now: try again later."
                    : "Upwork is blocking the search service for now: try again in " + describe(retryAfter, "")
                            + ".";
            default -> "The search service gave an unexpected answer (status " + status + "): try again later.";
        };
        Reason reason = switch (kind) {
            case BAD_REQUEST -> Reason.BAD_REQUEST;
            case UNAUTHORIZED -> Reason.KEY_REFUSED;
            case NOT_FOUND -> Reason.UNKNOWN_URL;
            case INPUT_REJECTED -> Reason.INPUT_REJECTED;
            case RATE_LIMITED -> Reason.RATE_LIMITED;
            case SERVICE_ERROR -> Reason.SERVICE_ERROR;
            case UPSTREAM_ERROR -> Reason.UPSTREAM_ERROR;
            case BLOCKED -> Reason.BLOCKED;
            default -> Reason.UNEXPECTED_STATUS;
        };
        return new ApiException(kind, reason, message, status, retryAfter,
                kind == Kind.INPUT_REJECTED ? serviceMessage : null, null);
    }

    static Kind kindForStatus(int status) {
        return switch (status) {
            case 400 -> Kind.BAD_REQUEST;
            case 401 -> Kind.UNAUTHORIZED;
            case 404 -> Kind.NOT_FOUND;
            case 422 -> Kind.INPUT_REJECTED;
            case 429 -> Kind.RATE_LIMITED;
            case 500 -> Kind.SERVICE_ERROR;
            case 502 -> Kind.UPSTREAM_ERROR;
            case 503 -> Kind.BLOCKED;
            default -> Kind.BAD_RESPONSE;
        };
    }

    private static Kind kindForBodyStatus(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "upstream_error" -> Kind.UPSTREAM_ERROR;
            case "blocked" -> Kind.BLOCKED;
            case "stale_input", "invalid_input" -> Kind.INPUT_REJECTED;
            case "error" -> Kind.SERVICE_ERROR;
            case "rate_limited", "rate_limit" -> Kind.RATE_LIMITED;
            case "unauthorized" -> Kind.UNAUTHORIZED;
            case "not_found" -> Kind.NOT_FOUND;
            default -> null;
        };
    }

    /**
     * {@code Retry-After} as delta-seconds or as an HTTP-date (RFC 1123); null when absent or unreadable.
     * A date in the past gives zero.
     */
    Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), when.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration bodyRetryAfter(JsonNode node) {
        if (node == null) {
            return null;
        }
        Long seconds = JsonValues.wholeNumber(node, "retry_after");
        if (seconds == null) {
            seconds = JsonValues.wholeNumber(node.path("error"), "retry_after");
        }
        return seconds == null || seconds < 0 ? null : Duration.ofSeconds(seconds);
    }

    /** The service's own message from an error body, cleaned, capped and with the key removed. */
    private String serviceMessage(JsonNode root) {
        if (root == null) {
            return null;
        }
        String raw = JsonValues.text(root.path("error"), "message");
        if (raw == null) {
            raw = JsonValues.text(root, "message");
        }
        String secret = key == null ? null : key.reveal();
        // Clean first (removing control characters could join the pieces of a split key), then redact,
        // then cap, so the cap can never leave part of the key behind.
        String cleaned = UntrustedText.singleLine(raw, 10_000);
        return UntrustedText.singleLine(UntrustedText.redact(cleaned, secret), MAX_SERVICE_MESSAGE);
    }

    private static JsonNode readErrorBody(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // HTML or junk: the status alone decides
        }
    }

    private static String describe(Duration d, String whenUnknown) {
        if (d == null) {
            return whenUnknown;
        }
        long s = Math.max(0, d.toSeconds());
        if (s == 0) {
            return "a moment";
        }
        if (s < 120) {
            return s == 1 ? "1 second" : s + " seconds";
        }
        long minutes = (s + 59) / 60;
        return minutes + " minutes";
    }
}
