package com.talentfinder.app;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.RetryingSource;
import com.talentfinder.api.WaitListener;
import com.talentfinder.api.Sleeper;
import com.talentfinder.api.TimeSource;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.PortraitSource;
import com.talentfinder.api.CachedPortraitSource;
import com.talentfinder.api.HttpPortraitSource;
import com.talentfinder.demo.DemoAwarePortraitSource;
import com.talentfinder.demo.DemoServer;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.Database;
import com.talentfinder.store.SearchHistoryRepository;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.SqlitePageCache;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The non-UI composition root, shared by the window and the command line: built once with {@code new},
 * it owns the data folder, the database, the settings and the freelancer source.
 *
 * <p>Which source answers: the key saved in Settings wins (the user can always fix it there), then a key from
 * {@code PARSE_API_KEY}; with neither, the embedded demo server (started on first use, on 127.0.0.1) answers through the same HTTP
 * client. The API URL likewise comes from {@code TALENT_FINDER_API_URL}, then Settings, then the default.
 * {@link #source()} is a stable facade: changing Settings takes effect on the next call, without a restart.
 */
public final class AppServices implements AutoCloseable {

    public static final String ENV_KEY = "PARSE_API_KEY";
    public static final String ENV_API_URL = "TALENT_FINDER_API_URL";
    public static final String ENV_PLAN = "TALENT_FINDER_PLAN";
    /** A custom pace (calls a minute) for a plan of one's own, e.g. a forked scraper with its own limit. */
    public static final String ENV_CALLS_PER_MINUTE = "TALENT_FINDER_CALLS_PER_MINUTE";

    /** The database's file name in the data folder. */
    public static final String DATABASE_FILE = "talent-finder.db";

    private final Map<String, String> env;
    private final Path dataFolder;
    private final Clock clock;
    private final SettingsStore settingsStore;
    private final AtomicReference<Settings> settings = new AtomicReference<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>();
    private final Object demoLock = new Object();
    private Database database;
    private DemoServer demoServer;
    private SearchHistoryRepository history;
    private PortraitSource portraits;
    private SqlitePageCache pageCache;
    private SqliteCallLedger callLedger;
    private CreditMeter creditMeter;
    private com.talentfinder.store.ObservationRepository observations;
    private final RateLimiter limiter;
    private final List<WaitListener> retryWaitListeners = new CopyOnWriteArrayList<>();

    /**
     * The source in force now: the endpoint it calls, whether it is the demo, and the whole chain
     * (cache, retries, pacing, metering) in front of the HTTP client.
     */
    public record Mode(ApiEndpoint endpoint, boolean demo, CachingSource chain) {
        /** The chain as a plain source: cached pages cost nothing. */
        public FreelancerSource source() {
            return chain;
        }
    }

    public AppServices(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.dataFolder = DataFolder.resolve(env);
        // Readable by the user only: the database, its WAL, backups, logs and the portrait cache.
        boolean created = !java.nio.file.Files.exists(dataFolder);
        if (created) {
            try {
                java.nio.file.Files.createDirectories(dataFolder);
            } catch (IOException | RuntimeException e) {
                created = false; // start-up's check reports a folder it cannot use
            }
        }
        PrivateFiles.secureFolder(dataFolder, created || DataFolder.isDefault(env));
        this.settingsStore = new SettingsStore(dataFolder, keyVault(env));
        this.settings.set(settingsStore.load());
        // One limiter for every feature: the plan's calls a minute, shared by search, paging, refresh, reports.
        this.limiter = new RateLimiter(callsPerMinute(), TimeSource.SYSTEM, Sleeper.SYSTEM);
    }

    /** The OS credential store, or none when its library cannot even load (start-up never fails on it). */
    private static KeyVault keyVault(Map<String, String> env) {
        try {
            return OsKeyVault.forEnvironment(env);
        } catch (LinkageError | RuntimeException e) {
            return KeyVault.none();
        }
    }

    public static AppServices fromEnvironment() {
        return new AppServices(System.getenv(), Clock.systemDefaultZone());
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Clock clock() {
        return clock;
    }

    /** The database, opened (and migrated) on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(databaseFile());
            PrivateFiles.secureFolder(dataFolder, false); // the new database and its WAL: user only
        }
        return database;
    }

    /** Where the database lives (it may not exist yet). */
    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_FILE);
    }

    /** What the settings file held that could not be used (defaults are in force for it); empty when none. */
    public List<String> settingsProblems() {
        return settingsStore.problems();
    }

    /** The settings file. */
    public Path settingsFile() {
        return settingsStore.file();
    }

    public synchronized SearchHistoryRepository history() {
        if (history == null) {
            history = new SearchHistoryRepository(database(), clock);
        }
        return history;
    }

    public Settings settings() {
        return settings.get();
    }

    /** Saves new settings; the next search uses them. */
    public void updateSettings(Settings newSettings) throws IOException {
        settingsStore.save(newSettings);
        settings.set(newSettings);
        limiter.setCallsPerMinute(callsPerMinute());
        mode.set(null);
        if (creditMeter != null) {
            creditMeter.refresh();
        }
    }

    public synchronized SqlitePageCache pageCache() {
        if (pageCache == null) {
            pageCache = new SqlitePageCache(database(), clock);
        }
        return pageCache;
    }

    /**
     * Keeps the page cache bounded: pages older than the time to live (at least a day) and, past
     * {@link SqlitePageCache#MAX_PAGES} pages, the oldest ones go. Called once at start-up, off the UI thread.
     */
    public void prunePageCache() {
        Duration ttl = settings().cacheTtl();
        pageCache().pruneOlderThan(ttl.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : ttl);
        pageCache().pruneToSize(SqlitePageCache.MAX_PAGES);
    }

    public synchronized SqliteCallLedger callLedger() {
        if (callLedger == null) {
            callLedger = new SqliteCallLedger(database(), clock.getZone());
        }
        return callLedger;
    }

    /** The append-only "freelancers offering X" counts (issue 14). */
    public synchronized com.talentfinder.store.ObservationRepository observations() {
        if (observations == null) {
            observations = new com.talentfinder.store.ObservationRepository(database());
        }
        return observations;
    }

    /** This month's credits against the plan in force. */
    public synchronized CreditMeter creditMeter() {
        if (creditMeter == null) {
            creditMeter = new CreditMeter(callLedger(), () -> plan().creditsPerMonth(), clock);
        }
        return creditMeter;
    }

    /**
     * Hears every wait for a server's {@code Retry-After} (429, or 503 with a time), once a second, on the
     * waiting thread: the window shows it as a countdown.
     *
     * @return a handle that removes the listener
     */
    public Runnable addRetryWaitListener(WaitListener listener) {
        retryWaitListeners.add(listener);
        return () -> retryWaitListeners.remove(listener);
    }

    /** The one client-side rate limiter, shared by every feature. */
    public RateLimiter limiter() {
        return limiter;
    }

    /** The plan in force: {@code TALENT_FINDER_PLAN} wins over Settings. */
    public Plan plan() {
        Plan fromEnv = Plan.parse(env.get(ENV_PLAN));
        return fromEnv != null ? fromEnv : settings().plan();
    }

    /**
     * The pace the limiter keeps: {@code TALENT_FINDER_CALLS_PER_MINUTE} when it is a whole number from 1 to
     * 10,000, else the plan's calls a minute.
     */
    public int callsPerMinute() {
        String custom = env.get(ENV_CALLS_PER_MINUTE);
        if (custom != null) {
            try {
                int n = Integer.parseInt(custom.strip());
                if (n >= 1 && n <= 10_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: the plan's pace
            }
        }
        return plan().callsPerMinute();
    }

    /** True when {@code TALENT_FINDER_PLAN} names a plan, which then wins over the one in Settings. */
    public boolean planFromEnvironment() {
        return Plan.parse(env.get(ENV_PLAN)) != null;
    }

    /** True when the key in force comes from {@code PARSE_API_KEY}: there is one, and none saved in Settings. */
    public boolean keyFromEnvironment() {
        return environmentHasKey() && settings().apiKey() == null;
    }

    /** True when {@code PARSE_API_KEY} holds a key (a key saved in Settings is used instead of it). */
    public boolean environmentHasKey() {
        return ApiKey.ofNullable(env.get(ENV_KEY)) != null;
    }

    /** True when the API URL comes from the environment. */
    public boolean apiUrlFromEnvironment() {
        String url = env.get(ENV_API_URL);
        return url != null && !url.isBlank();
    }

    /** The mode in force, building it when settings changed. */
    public Mode mode() {
        Mode m = mode.get();
        if (m == null) {
            m = buildMode(settings(), false);
            mode.set(m);
        }
        return m;
    }

    public boolean isDemo() {
        return mode().demo();
    }

    /** A stable source that always delegates to the mode in force. */
    public FreelancerSource source() {
        return this::searchNow;
    }

    private SearchPage searchNow(SearchRequest request) throws ApiException, InterruptedException {
        return mode().source().search(request);
    }

    /** A one-off source for candidate settings (the Settings "Test key" button); never the demo. */
    public FreelancerSource sourceFor(Settings candidate) {
        return buildMode(candidate, true).chain().refreshing();
    }

    /**
     * Portraits: demo ones are drawn locally (they must never be fetched), real ones fetched over https from
     * Upwork only, cached on disk in the data folder and in memory.
     */
    public synchronized PortraitSource portraits() {
        if (portraits == null) {
            portraits = new DemoAwarePortraitSource(
                    CachedPortraitSource.inDataFolder(dataFolder, new HttpPortraitSource()));
        }
        return portraits;
    }

    /** The demo mode, whatever the key: the command line's {@code --demo}. */
    public Mode demoMode() {
        ApiEndpoint demo = ApiEndpoint.of(demoServer().baseUrl(), ApiKey.DEMO);
        return new Mode(demo, true, chain(demo, true));
    }

    private Mode buildMode(Settings s, boolean forceReal) {
        // Settings first: a key typed there must fix a wrong one from the environment.
        ApiKey key = s.apiKey();
        if (key == null) {
            key = ApiKey.ofNullable(env.get(ENV_KEY));
        }
        if (key == null && !forceReal) {
            return demoMode();
        }
        URI base;
        try {
            base = new URI(apiUrl(s));
            if (base.getScheme() == null || base.getHost() == null) {
                throw new URISyntaxException(apiUrl(s), "not an absolute URL");
            }
        } catch (URISyntaxException e) {
            // Nothing is sent: every search answers with a plain sentence pointing at the setting.
            ApiEndpoint nowhere = ApiEndpoint.of(URI.create(ApiEndpoint.DEFAULT_BASE_URL), key);
            CachingSource refuse = SourceChain.builder().cache(pageCache()).ttl(() -> Duration.ZERO).clock(clock)
                    .build(request -> {
                        throw new ApiException(ApiException.Kind.NOT_FOUND, "The API URL is not a valid web "
                                + "address. Correct it in Settings (or in TALENT_FINDER_API_URL) and search again.");
                    }, "invalid-url");
            return new Mode(nowhere, false, refuse);
        }
        ApiEndpoint endpoint = ApiEndpoint.of(base, key);
        return new Mode(endpoint, false, chain(endpoint, false));
    }

    /**
     * Cache, then retries on 429, then pacing, then the credit ledger, then HTTP. Demo calls are cached too
     * but neither paced nor counted: they cost no credits. The cache key includes the API URL ("demo" for the
     * demo), so demo and live pages never mix.
     */
    private CachingSource chain(ApiEndpoint endpoint, boolean demo) {
        WaitListener fanOut = (remaining, attempt) -> retryWaitListeners.forEach(l -> l.waiting(remaining, attempt));
        SourceChain b = SourceChain.builder().cache(pageCache()).ttl(() -> settings().cacheTtl()).clock(clock)
                .retries(inner -> new RetryingSource(inner, RetryingSource.DEFAULT_MAX_RETRIES, Sleeper.SYSTEM,
                        fanOut));
        if (!demo) {
            b.limiter(limiter).ledger(callLedger()).onCallRecorded(creditMeter()::refresh);
        }
        // The demo server's port changes every run: key its pages by a fixed name so the cache still answers.
        // Real answers (never the demo, never the cache) also record "freelancers offering X" (issue 14).
        FreelancerSource http = new ParseBotClient(endpoint);
        FreelancerSource inner = demo ? http
                : new com.talentfinder.app.insights.ObservingSource(http, observations(), clock);
        return b.build(inner, demo ? "demo" : endpoint.baseUrl().toString());
    }

    /** The API URL in force for settings {@code s}. */
    public String apiUrl(Settings s) {
        String fromEnv = env.get(ENV_API_URL);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return s.apiUrl() != null ? s.apiUrl() : ApiEndpoint.DEFAULT_BASE_URL;
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
