package com.talentfinder.app;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.RetryingSource;
import com.talentfinder.api.Sleeper;
import com.talentfinder.api.WaitListener;
import com.talentfinder.app.config.Settings;
import com.talentfinder.app.insights.ObservingSource;
import com.talentfinder.demo.DemoServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Builds the {@link AppServices.Mode} in force: the demo (its embedded server started on first use) or the live
 * API behind the whole chain, or a source that refuses with a plain sentence when the API URL is not valid.
 */
final class ModeFactory implements AutoCloseable {

    private final AppServices services;
    private final Object demoLock = new Object();
    private DemoServer demoServer;

    ModeFactory(AppServices services) {
        this.services = services;
    }

    /** The demo mode, whatever the key. */
    AppServices.Mode demo() {
        ApiEndpoint demo = ApiEndpoint.of(demoServer().baseUrl(), ApiKey.DEMO);
        return new AppServices.Mode(demo, true, chain(demo, true));
    }

    AppServices.Mode build(Settings s, boolean forceReal) {
        // Settings first: a key typed there must fix a wrong one from the environment.
        ApiKey key = services.effective().key(s);
        if (services.effective().demo(s) && !forceReal) {
            return demo();
        }
        URI base;
        try {
            base = new URI(services.apiUrl(s));
            if (base.getScheme() == null || base.getHost() == null) {
                throw new URISyntaxException(services.apiUrl(s), "not an absolute URL");
            }
        } catch (URISyntaxException e) {
            // Nothing is sent: every search answers with a plain sentence pointing at the setting.
            ApiEndpoint nowhere = ApiEndpoint.of(URI.create(ApiEndpoint.DEFAULT_BASE_URL), key);
            CachingSource refuse = SourceChain.builder().cache(services.pageCache()).ttl(() -> Duration.ZERO).clock(services.clock())
                    .build(request -> {
                        throw new ApiException(ApiException.Kind.NOT_FOUND, ApiException.Reason.INVALID_URL_SETTING,
                                "The API URL is not a valid web address. Correct it in Settings (or in "
                                + "TALENT_FINDER_API_URL) and search again.", 0, null, null, null);
                    }, "invalid-url");
            return new AppServices.Mode(nowhere, false, refuse);
        }
        ApiEndpoint endpoint = ApiEndpoint.of(base, key);
        return new AppServices.Mode(endpoint, false, chain(endpoint, false));
    }

    /**
     * Cache, then retries on 429, then pacing, then the credit ledger, then HTTP. Demo calls are cached too
     * but neither paced nor counted: they cost no credits. The cache key includes the API URL ("demo" for the
     * demo), so demo and live pages never mix.
     */
    private CachingSource chain(ApiEndpoint endpoint, boolean demo) {
        WaitListener fanOut = (remaining, attempt) -> services.retryWaitListeners.forEach(l -> l.waiting(remaining, attempt));
        SourceChain b = SourceChain.builder().cache(services.pageCache()).ttl(() -> services.settings().cacheTtl()).clock(services.clock())
                .retries(inner -> new RetryingSource(inner, RetryingSource.DEFAULT_MAX_RETRIES, Sleeper.SYSTEM,
                        fanOut));
        if (!demo) {
            CreditWiring credits = services.credits();
            b.limiter(services.limiter()).ledger(credits.ledger()).onCallRecorded(credits::afterCall);
        }
        // The demo server's port changes every run: key its pages by a fixed name so the cache still answers.
        // Real answers (never the demo, never the cache) also record "freelancers offering X" (issue 14).
        FreelancerSource http = new ParseBotClient(endpoint);
        FreelancerSource inner = demo ? http : new ObservingSource(http, services.observations(), services.clock());
        return b.build(inner, demo ? "demo" : endpoint.baseUrl().toString());
    }

    private DemoServer demoServer() {
        synchronized (demoLock) {
            if (demoServer == null) {
                demoServer = DemoServer.start(0);
            }
            return demoServer;
        }
    }

    @Override
    public void close() {
        synchronized (demoLock) {
            if (demoServer != null) {
                demoServer.close();
                demoServer = null;
            }
        }
    }
}
