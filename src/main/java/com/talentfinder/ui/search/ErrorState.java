package com.talentfinder.ui.search;

import com.talentfinder.api.ApiException;
import com.talentfinder.ui.Messages;
import java.time.Duration;

/**
 * A failed search as the error banner shows it: what went wrong, in plain words, and what the user can do.
 *
 * @param kind        the client's failure class, or null for an unexpected failure
 * @param detail      the client's own plain sentence (never a stack trace), or null
 * @param action      the one button the banner offers
 * @param secondsLeft for {@link Action#WAIT}: seconds until the automatic retry; otherwise 0
 */
public record ErrorState(ApiException.Kind kind, String detail, Action action, int secondsLeft) {

    /** What the banner's button does. */
    public enum Action { RETRY, OPEN_SETTINGS, WAIT, NONE }

    /** How long to wait after a 429 when the service did not say. */
    static final int DEFAULT_WAIT_SECONDS = 20;
    /** Longer waits than this are not counted down: the user is told to come back later. */
    static final int MAX_WAIT_SECONDS = 600;

    public ErrorState {
        secondsLeft = Math.max(0, secondsLeft);
    }

    /** Maps any failure of a search job to what the banner shows. */
    public static ErrorState from(Throwable failure) {
        if (!(failure instanceof ApiException e)) {
            return new ErrorState(null, null, Action.RETRY, 0);
        }
        ApiException.Kind kind = e.kind();
        return switch (kind) {
            case UNAUTHORIZED, NOT_FOUND -> new ErrorState(kind, e.getMessage(), Action.OPEN_SETTINGS, 0);
            case SERVICE_ERROR, UPSTREAM_ERROR, BAD_RESPONSE, TIMEOUT, NETWORK ->
                    new ErrorState(kind, e.getMessage(), Action.RETRY, 0);
            case RATE_LIMITED -> waitOrGiveUp(kind, e, DEFAULT_WAIT_SECONDS);
            case BLOCKED -> e.retryAfter().isPresent()
                    ? waitOrGiveUp(kind, e, DEFAULT_WAIT_SECONDS)
                    : new ErrorState(kind, e.getMessage(), Action.NONE, 0);
            case BAD_REQUEST, INPUT_REJECTED, INVALID_INPUT -> new ErrorState(kind, e.getMessage(), Action.NONE, 0);
        };
    }

    private static ErrorState waitOrGiveUp(ApiException.Kind kind, ApiException e, int fallbackSeconds) {
        long seconds = e.retryAfter().map(Duration::toSeconds).orElse((long) fallbackSeconds);
        if (seconds > MAX_WAIT_SECONDS) {
            return new ErrorState(kind, e.getMessage(), Action.NONE, 0);
        }
        return new ErrorState(kind, e.getMessage(), Action.WAIT, (int) Math.max(1, seconds));
    }

    /** The same state with the countdown moved on. */
    public ErrorState withSecondsLeft(int seconds) {
        return new ErrorState(kind, detail, action, seconds);
    }

    /** The same state, but offering a manual Retry instead of waiting (used after the one automatic retry). */
    public ErrorState asManualRetry() {
        return new ErrorState(kind, detail, Action.RETRY, 0);
    }

    /** The banner's headline: one plain sentence. */
    public String title() {
        if (action == Action.WAIT) {
            return Messages.format("error.rateLimited.countdown", secondsLeft);
        }
        if (kind == null) {
            return Messages.get("error.unexpected");
        }
        return switch (kind) {
            case UNAUTHORIZED -> Messages.get("error.unauthorized");
            case NOT_FOUND -> Messages.get("error.notFound");
            case RATE_LIMITED -> Messages.get("error.rateLimited");
            case SERVICE_ERROR -> Messages.get("error.serviceError");
            case UPSTREAM_ERROR -> Messages.get("error.upstreamError");
            case BLOCKED -> Messages.get("error.blocked");
            case BAD_RESPONSE -> Messages.get("error.badResponse");
            case TIMEOUT -> Messages.get("error.timeout");
            case NETWORK -> Messages.get("error.network");
            case BAD_REQUEST -> Messages.get("error.badRequest");
            case INPUT_REJECTED, INVALID_INPUT -> Messages.get("error.inputRejected");
        };
    }

    /** The label of the banner's action button, or null when there is none. */
    public String actionLabel() {
        return switch (action) {
            case RETRY -> Messages.get("error.action.retry");
            case OPEN_SETTINGS -> Messages.get("error.action.openSettings");
            case WAIT -> Messages.get("error.action.cancelWait");
            case NONE -> null;
        };
    }
}
