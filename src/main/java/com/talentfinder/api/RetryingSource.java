package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Retries a search once when the service said when to come back: a RATE_LIMITED, BLOCKED or UPSTREAM_ERROR
 * answer carrying {@code Retry-After} (or {@code retry_after}) of at most {@value #MAX_WAIT_SECONDS} s. It waits
 * that long, telling a {@link WaitListener} every second, then tries again, at most {@code maxRetries} times
 * ({@value #DEFAULT_MAX_RETRIES} in the app: every call costs a credit, so anything more is the user's choice);
 * after that it rethrows the last {@link ApiException}. A failure without a time, or with a longer one, is
 * thrown at once. Interrupting the thread ends the wait with {@link InterruptedException}.
 */
public final class RetryingSource implements FreelancerSource {

    public static final int DEFAULT_MAX_RETRIES = 1;
    public static final long DEFAULT_WAIT_SECONDS = 20;
    public static final long MAX_WAIT_SECONDS = 120;

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(RetryingSource.class.getName());

    private final FreelancerSource delegate;
    private final int maxRetries;
    private final Sleeper sleeper;
    private final WaitListener listener;

    /** One retry, real sleeping, no listener. */
    public RetryingSource(FreelancerSource delegate) {
        this(delegate, DEFAULT_MAX_RETRIES, Sleeper.SYSTEM, WaitListener.NONE);
    }

    public RetryingSource(FreelancerSource delegate, int maxRetries, Sleeper sleeper, WaitListener listener) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more");
        }
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.maxRetries = maxRetries;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        for (int retry = 1; ; retry++) {
            try {
                return delegate.search(request);
            } catch (ApiException e) {
                if (!worthWaitingFor(e) || retry > maxRetries) {
                    throw e;
                }
                Duration wait = waitFor(e);
                LOG.log(Level.INFO, "{0}: waiting {1} s before retry {2} of {3}",
                        e.kind(), (wait.toMillis() + 999) / 1000, retry, maxRetries);
                countDown(wait, retry);
            }
        }
    }

    /** True for the failures the service itself asked us to repeat, and said when (within the cap). */
    static boolean worthWaitingFor(ApiException e) {
        boolean retryable = e.kind() == ApiException.Kind.RATE_LIMITED || e.kind() == ApiException.Kind.BLOCKED
                || e.kind() == ApiException.Kind.UPSTREAM_ERROR;
        return retryable && e.retryAfter().isPresent()
                && e.retryAfter().get().compareTo(Duration.ofSeconds(MAX_WAIT_SECONDS)) <= 0;
    }

    /** The service's wait, or the default, capped. */
    static Duration waitFor(ApiException e) {
        Duration asked = e.retryAfter().orElse(Duration.ofSeconds(DEFAULT_WAIT_SECONDS));
        if (asked.isNegative()) {
            return Duration.ZERO;
        }
        Duration cap = Duration.ofSeconds(MAX_WAIT_SECONDS);
        return asked.compareTo(cap) > 0 ? cap : asked;
    }

    private void countDown(Duration wait, int attempt) throws InterruptedException {
        Duration remaining = wait;
        listener.waiting(remaining, attempt);
        while (remaining.compareTo(Duration.ZERO) > 0) {
            Duration step = remaining.compareTo(TICK) < 0 ? remaining : TICK;
            sleeper.sleep(step);
            remaining = remaining.minus(step);
            if (remaining.compareTo(Duration.ZERO) > 0) {
                listener.waiting(remaining, attempt);
            }
        }
    }
}
