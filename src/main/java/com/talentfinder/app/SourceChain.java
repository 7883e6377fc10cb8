package com.talentfinder.app;

import com.talentfinder.api.CachingSource;
import com.talentfinder.api.CallLedger;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.MeteredSource;
import com.talentfinder.api.PacedSource;
import com.talentfinder.api.PageCache;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.app.config.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Assembles the source chain every feature calls through, outermost first:
 * {@code CachingSource → retries → PacedSource → MeteredSource → inner client}.
 * So a cached page costs nothing, and every real call, retries included, is paced by the one shared limiter and
 * counted in the ledger. A layer whose collaborator is not given is left out (the demo source, which costs no
 * credits, is built without a limiter and a ledger).
 *
 * <pre>{@code
 * CachingSource chain = SourceChain.builder()
 *         .cache(pageCache).ttl(() -> settings().cacheTtl())
 *         .retries(inner -> new RetryingSource(inner, ...))
 *         .limiter(limiter).ledger(ledger).clock(clock).onCallRecorded(meter::refresh)
 *         .build(new ParseBotClient(endpoint), endpoint.baseUrl().toString());
 * }</pre>
 */
public final class SourceChain {

    private PageCache cache;
    private Supplier<Duration> ttl = () -> Settings.DEFAULT_CACHE_TTL;
    private UnaryOperator<FreelancerSource> retries = UnaryOperator.identity();
    private RateLimiter limiter;
    private CallLedger ledger;
    private Clock clock = Clock.systemDefaultZone();
    private Runnable onCallRecorded;

    private SourceChain() {
    }

    public static SourceChain builder() {
        return new SourceChain();
    }

    /** Required: where fetched pages are kept. */
    public SourceChain cache(PageCache pageCache) {
        this.cache = pageCache;
        return this;
    }

    /** The cache's time to live, read on every search (24 hours when not set). */
    public SourceChain ttl(Supplier<Duration> timeToLive) {
        this.ttl = Objects.requireNonNull(timeToLive);
        return this;
    }

    /** Wraps the paced, metered source in the retry layer (e.g. {@code RetryingSource}). */
    public SourceChain retries(UnaryOperator<FreelancerSource> wrapper) {
        this.retries = Objects.requireNonNull(wrapper);
        return this;
    }

    /** The one limiter shared by every feature; null leaves pacing out. */
    public SourceChain limiter(RateLimiter rateLimiter) {
        this.limiter = rateLimiter;
        return this;
    }

    /** Where real calls are counted; null leaves metering out. */
    public SourceChain ledger(CallLedger callLedger) {
        this.ledger = callLedger;
        return this;
    }

    /** The wall clock calls are stamped with. */
    public SourceChain clock(Clock wallClock) {
        this.clock = Objects.requireNonNull(wallClock);
        return this;
    }

    /** Run after each counted call, e.g. {@code creditMeter::refresh}. */
    public SourceChain onCallRecorded(Runnable listener) {
        this.onCallRecorded = listener;
        return this;
    }

    /**
     * @param inner  the source that really calls (the HTTP client)
     * @param apiUrl the base URL {@code inner} calls: the cache key and the ledger's label (never the key)
     */
    public CachingSource build(FreelancerSource inner, String apiUrl) {
        Objects.requireNonNull(cache, "a page cache is required");
        FreelancerSource s = Objects.requireNonNull(inner);
        if (ledger != null) {
            s = new MeteredSource(s, ledger, apiUrl, clock, onCallRecorded);
        }
        if (limiter != null) {
            s = new PacedSource(s, limiter);
        }
        s = retries.apply(s);
        return new CachingSource(s, cache, apiUrl, ttl);
    }
}
