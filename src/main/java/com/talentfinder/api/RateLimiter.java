package com.talentfinder.api;

import com.talentfinder.domain.Plan;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app's own pace for calls to the service, so the app never causes a 429: at most {@code callsPerMinute}
 * permits in any sliding window (60 s plus a small safety margin for network jitter). One instance is shared by
 * every feature (search, paging, refresh, reports); it is thread-safe, and the limit can change at run time when
 * the user picks another plan.
 *
 * <p>Time comes from a {@link TimeSource} and waiting goes through a {@link Sleeper}, so tests drive it with a
 * fake clock. While a caller waits, {@link WaitListener}s hear the time left about once a second (a countdown),
 * then {@link Duration#ZERO} when the wait is over.
 */
public final class RateLimiter {

    /** The window the service counts in. */
    public static final Duration MINUTE = Duration.ofSeconds(60);
    /** Added to the minute so that network jitter never lets the server see one call too many. */
    public static final Duration SAFETY_MARGIN = Duration.ofSeconds(1);
    private static final Duration COUNTDOWN_TICK = Duration.ofSeconds(1);

    /** Hears how long a caller must still wait for a permit. Called on the waiting thread. */
    @FunctionalInterface
    public interface WaitListener {
        void onWait(Duration remaining);
    }

    /** Undoes {@link #addWaitListener}. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final TimeSource time;
    private final Sleeper sleeper;
    private final long windowNanos;
    private final Deque<Long> granted = new ArrayDeque<>();
    private final List<WaitListener> listeners = new CopyOnWriteArrayList<>();
    private int callsPerMinute;

    /** A limiter of {@code callsPerMinute} over 61 s (the minute plus {@link #SAFETY_MARGIN}). */
    public RateLimiter(int callsPerMinute, TimeSource time, Sleeper sleeper) {
        this(callsPerMinute, MINUTE.plus(SAFETY_MARGIN), time, sleeper);
    }

    /** A limiter of {@code callsPerWindow} over any window. */
    public RateLimiter(int callsPerWindow, Duration window, TimeSource time, Sleeper sleeper) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window must be positive");
        }
        this.time = Objects.requireNonNull(time);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.windowNanos = window.toNanos();
        setCallsPerMinute(callsPerWindow);
    }

    /** The plan's pace, on the real clock. */
    public static RateLimiter forPlan(Plan plan) {
        return new RateLimiter(plan.callsPerMinute(), TimeSource.SYSTEM, Sleeper.SYSTEM);
    }

    /** Changes the pace (another plan, or a custom figure); takes effect for the next permit. */
    public synchronized void setCallsPerMinute(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("The pace must allow at least one call a minute");
        }
        this.callsPerMinute = calls;
    }

    public synchronized int callsPerMinute() {
        return callsPerMinute;
    }

    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    /**
     * Blocks until a call is allowed, then takes the permit.
     *
     * @throws InterruptedException when the thread is interrupted while waiting (no permit is taken)
     */
    public void acquire() throws InterruptedException {
        boolean waited = false;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long waitNanos = tryTake();
            if (waitNanos == 0) {
                if (waited) {
                    notifyListeners(Duration.ZERO);
                }
                return;
            }
            waited = true;
            Duration remaining = Duration.ofNanos(waitNanos);
            notifyListeners(remaining);
            try {
                sleeper.sleep(remaining.compareTo(COUNTDOWN_TICK) < 0 ? remaining : COUNTDOWN_TICK);
            } catch (InterruptedException e) {
                notifyListeners(Duration.ZERO);
                throw e;
            }
        }
    }

    /** Takes a permit when one is free now; never blocks. */
    public boolean tryAcquire() {
        return tryTake() == 0;
    }

    /** How long until {@link #acquire()} would return; zero when a permit is free now. */
    public synchronized Duration timeUntilNextPermit() {
        long now = time.nanoTime();
        prune(now);
        if (granted.size() < callsPerMinute) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(waitFor(now));
    }

    /**
     * How long {@code calls} more calls take at this pace, from now, when nothing else calls meanwhile and
     * each call itself takes {@code perCall}.
     */
    public synchronized Duration estimateTimeFor(int calls, Duration perCall) {
        if (calls <= 0) {
            return Duration.ZERO;
        }
        long now = time.nanoTime();
        prune(now);
        Deque<Long> sim = new ArrayDeque<>(granted);
        long t = now;
        long callNanos = Math.max(0, perCall.toNanos());
        for (int i = 0; i < calls; i++) {
            while (!sim.isEmpty() && sim.peekFirst() + windowNanos <= t) {
                sim.pollFirst();
            }
            while (sim.size() >= callsPerMinute) {
                t = Math.max(t, sim.pollFirst() + windowNanos);
            }
            sim.addLast(t);
            t += callNanos;
        }
        return Duration.ofNanos(t - now);
    }

    /** Listeners hear every wait, on the waiting thread; close the registration to stop. */
    public Registration addWaitListener(WaitListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    /** Takes a permit and answers 0, or answers how many nanoseconds until one is free. */
    private synchronized long tryTake() {
        long now = time.nanoTime();
        prune(now);
        if (granted.size() < callsPerMinute) {
            granted.addLast(now);
            return 0;
        }
        return Math.max(1, waitFor(now));
    }

    /** With the window full: when enough old permits leave it for one more to fit. */
    private long waitFor(long now) {
        // After a plan change to a lower figure the window may hold more than the limit.
        int mustLeave = granted.size() - callsPerMinute + 1;
        long leaving = 0;
        var it = granted.iterator();
        for (int i = 0; i < mustLeave; i++) {
            leaving = it.next();
        }
        return leaving + windowNanos - now;
    }

    private void prune(long now) {
        while (!granted.isEmpty() && granted.peekFirst() + windowNanos <= now) {
            granted.pollFirst();
        }
    }

    private void notifyListeners(Duration remaining) {
        for (WaitListener l : listeners) {
            try {
                l.onWait(remaining);
            } catch (RuntimeException e) {
                System.getLogger(RateLimiter.class.getName())
                        .log(System.Logger.Level.WARNING, "A rate-limit listener failed", e);
            }
        }
    }
}
