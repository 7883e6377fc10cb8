package com.talentfinder.ui.search;

import com.talentfinder.api.ApiException;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.ApiErrorText;
import java.time.Duration;

/**
 * A failed search as the error banner shows it: what went wrong, in plain words, and what the user can do.
 *
 * @param kind        the client's failure class, or null for an unexpected failure
 * @param detail      the client's own plain sentence (never a stack trace), or null
 * @param action      the one button the banner offers
 * @param secondsLeft for {@link Action#WAIT}: seconds until the service said a retry may work; otherwise 0
 * @param creditsUsed the calls the failed search made (retries included), each a credit; 0 on demo data
 * @param live        true when a retry costs a credit (not demo data)
 */
public record ErrorState(ApiException.Kind kind, String detail, Action action, int secondsLeft, int creditsUsed,
                         boolean live) {

    /** What the banner's button does. */
    public enum Action { RETRY, OPEN_SETTINGS, WAIT, NONE }

    /** How long to wait after a 429 when the service did not say. */
    static final int DEFAULT_WAIT_SECONDS = 20;
    /** Longer waits than this are not counted down: the user is told to come back later. */
    static final int MAX_WAIT_SECONDS = 600;

    public ErrorState {
        secondsLeft = Math.max(0, secondsLeft);
        creditsUsed = Math.max(0, creditsUsed);
    }

    public ErrorState(ApiException.Kind kind, String detail, Action action, int secondsLeft) {
        this(kind, detail, action, secondsLeft, 0, false);
    }

    /** The same state, saying how many credits the failed search used and whether a retry costs one. */
    public ErrorState withCredits(int used, boolean costsCredits) {
        return new ErrorState(kind, detail, action, secondsLeft, used, costsCredits);
    }

    /** Maps any failure of a search job to what the banner shows. */
    public static ErrorState from(Throwable failure) {
        if (!(failure instanceof ApiException e)) {
            return new ErrorState(null, null, Action.RETRY, 0);
        }
        ApiException.Kind kind = e.kind();
        return switch (kind) {
            case UNAUTHORIZED, NOT_FOUND -> new ErrorState(kind, ApiErrorText.of(e), Action.OPEN_SETTINGS, 0);
            case UPSTREAM_ERROR -> e.retryAfter().isPresent()
                    ? waitOrGiveUp(kind, e, DEFAULT_WAIT_SECONDS)
                    : new ErrorState(kind, ApiErrorText.of(e), Action.RETRY, 0);
            case SERVICE_ERROR, BAD_RESPONSE, TIMEOUT, NETWORK -> new ErrorState(kind, ApiErrorText.of(e), Action.RETRY, 0);
            case RATE_LIMITED -> waitOrGiveUp(kind, e, DEFAULT_WAIT_SECONDS);
            case BLOCKED -> e.retryAfter().isPresent()
                    ? waitOrGiveUp(kind, e, DEFAULT_WAIT_SECONDS)
                    : new ErrorState(kind, ApiErrorText.of(e), Action.RETRY, 0);
            case BAD_REQUEST, INPUT_REJECTED, INVALID_INPUT -> new ErrorState(kind, ApiErrorText.of(e), Action.NONE, 0);
        };
    }

    private static ErrorState waitOrGiveUp(ApiException.Kind kind, ApiException e, int fallbackSeconds) {
        long seconds = e.retryAfter().map(Duration::toSeconds).orElse((long) fallbackSeconds);
        if (seconds > MAX_WAIT_SECONDS) {
            return new ErrorState(kind, ApiErrorText.of(e), Action.NONE, 0);
        }
        return new ErrorState(kind, ApiErrorText.of(e), Action.WAIT, (int) Math.max(1, seconds));
    }

    /** The same state with the countdown moved on. */
    public ErrorState withSecondsLeft(int seconds) {
        return new ErrorState(kind, detail, action, seconds, creditsUsed, live);
    }

    /** The same state once the wait is over: the user may try again (no automatic retry: it costs a credit). */
    public ErrorState asManualRetry() {
        return new ErrorState(kind, detail, Action.RETRY, 0, creditsUsed, live);
    }

    /**
     * The line under the headline: what the failure cost. The service's own sentence is not repeated where it
     * only restates the headline (and its "try again in 2 seconds" would contradict the countdown); it is kept
     * where it says what to fix (the API URL, the search text).
     */
    public String detailLine() {
        String credits = live ? Messages.format("error.creditsUsed", creditsUsed) : Messages.get("error.creditsUsed.demo");
        boolean ownWords = kind == ApiException.Kind.NOT_FOUND || kind == ApiException.Kind.INPUT_REJECTED
                || kind == ApiException.Kind.INVALID_INPUT;
        return ownWords && detail != null && !detail.isBlank() ? detail + " " + credits : credits;
    }

    /** The banner's headline: one plain sentence. */
    public String title() {
        if (action == Action.WAIT) {
            String reason = Messages.get(kind == ApiException.Kind.BLOCKED ? "error.wait.blocked"
                    : kind == ApiException.Kind.UPSTREAM_ERROR ? "error.wait.upstream" : "error.wait.rateLimited");
            return Messages.format("error.wait.countdown", reason, secondsLeft);
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
            case RETRY -> live ? Messages.get("error.action.retry.credit") : Messages.get("error.action.retry");
            case OPEN_SETTINGS -> Messages.get("error.action.openSettings");
            case WAIT -> Messages.get("error.action.cancelWait");
            case NONE -> null;
        };
    }
}
