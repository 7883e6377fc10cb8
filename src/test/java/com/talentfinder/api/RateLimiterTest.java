package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);
    private final FakeTime time = new FakeTime();

    private RateLimiter fivePerMinute() {
        return new RateLimiter(5, MINUTE, time, time);
    }

    @Test
    void aBurstUpToTheLimitDoesNotWait() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        assertThat(time.sleeps()).isEmpty();
        assertThat(time.elapsed()).isZero();
    }

    @Test
    void theSixthWaitsExactlyUntilTheFirstLeavesTheWindow() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            time.advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.timeUntilNextPermit()).isEqualTo(Duration.ofSeconds(55));

        limiter.acquire();

        assertThat(time.elapsed()).isEqualTo(MINUTE);
    }

    @Test
    void theSeventhWaitsForTheSecondCall() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            time.advance(Duration.ofSeconds(2));
        }
        limiter.acquire();
        limiter.acquire();
        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(62));
    }

    @Test
    void aPermitIsFreeAgainOnceTheWindowHasPassed() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        time.advance(MINUTE);
        assertThat(limiter.timeUntilNextPermit()).isZero();
        limiter.acquire();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theDefaultWindowIsTheMinutePlusASafetyMargin() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(Plan.FREE.callsPerMinute(), time, time);
        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }
        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(61));
    }

    @Test
    void aCustomFigureAllowsThatManyAMinute() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(12, MINUTE, time, time);
        for (int i = 0; i < 12; i++) {
            limiter.acquire();
        }
        assertThat(time.elapsed()).isZero();
        limiter.acquire();
        assertThat(time.elapsed()).isEqualTo(MINUTE);
    }

    @Test
    void loweringTheFigureAppliesToTheNextPermit() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(Plan.DEVELOPER.callsPerMinute(), MINUTE, time, time);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        limiter.setCallsPerMinute(Plan.FREE.callsPerMinute());
        assertThat(limiter.tryAcquire()).isFalse();
        assertThat(limiter.timeUntilNextPermit()).isEqualTo(MINUTE);
    }

    @Test
    void anInterruptedCallerGetsNoPermit() {
        RateLimiter limiter = fivePerMinute();
        Thread.currentThread().interrupt();
        assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
        assertThat(limiter.timeUntilNextPermit()).isZero();
        assertThat(limiter.estimateTimeFor(5, Duration.ZERO)).isZero();
    }

    @Test
    void anInterruptDuringTheWaitStopsIt() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        limiter.addWaitListener(remaining -> {
            if (!remaining.isZero()) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
        assertThat(time.elapsed()).isZero();
    }

    @Test
    void listenersHearACountdownThenZero() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        time.advance(Duration.ofSeconds(57));
        List<Duration> heard = new ArrayList<>();
        try (RateLimiter.Registration r = limiter.addWaitListener(heard::add)) {
            limiter.acquire();
        }
        assertThat(heard).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ZERO);
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimit() throws InterruptedException {
        RateLimiter limiter = fivePerMinute();
        AtomicInteger granted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    if (limiter.tryAcquire()) {
                        granted.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(granted).hasValue(5);
    }

    @Test
    void eightCallsOnTheFreePaceTakeAMinute() {
        RateLimiter limiter = fivePerMinute();
        assertThat(limiter.estimateTimeFor(5, Duration.ZERO)).isZero();
        assertThat(limiter.estimateTimeFor(8, Duration.ZERO)).isEqualTo(MINUTE);
        assertThat(limiter.estimateTimeFor(11, Duration.ZERO)).isEqualTo(MINUTE.multipliedBy(2));
    }
}
