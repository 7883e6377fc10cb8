package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Retries a search that the service asked us to repeat later: a RATE_LIMITED answer, or a BLOCKED one that
 * said when to come back. It waits the service's {@code Retry-After} ({@value #DEFAULT_WAIT_SECONDS} s when
 * absent, never more than {@value #MAX_WAIT_SECONDS} s), telling a {@link WaitListener} every second, then
 * tries again, at most {@code maxRetries} times; after that it rethrows the last {@link ApiException}. Every
 * other failure, UPSTREAM_ERROR included, is thrown at once: those are for the user to retry, not a loop.
 * Interrupting the thread ends the wait with {@link InterruptedException}.
 */
public final class RetryingSource implements FreelancerSource {

    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final long DEFAULT_WAIT_SECONDS = 20;
    public static final long MAX_WAIT_SECONDS = 120;

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(RetryingSource.class.getName());

    private final FreelancerSource delegate;
    private final int maxRetries;
    private final Sleeper sleeper;
    private final WaitListener listener;

    /** Three retries, real sleeping, no listener. */
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

    /** True for the failures the service itself asked us to repeat later. */
    static boolean worthWaitingFor(ApiException e) {
        return e.kind() == ApiException.Kind.RATE_LIMITED
                || (e.kind() == ApiException.Kind.BLOCKED && e.retryAfter().isPresent());
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
