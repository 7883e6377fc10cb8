package com.talentfinder.app;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.CachedPortraitSource;
import com.talentfinder.api.CachingSource;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.api.HttpPortraitSource;
import com.talentfinder.api.PortraitSource;
import com.talentfinder.api.RateLimiter;
import com.talentfinder.api.Sleeper;
import com.talentfinder.api.TimeSource;
import com.talentfinder.api.WaitListener;
import com.talentfinder.app.config.DataFolder;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.OsKeyVault;
import com.talentfinder.app.config.Settings;
import com.talentfinder.app.config.SettingsStore;
import com.talentfinder.app.config.TeamDatabaseStore;
import com.talentfinder.app.credits.CreditMeter;
import com.talentfinder.app.team.TeamStore;
import com.talentfinder.demo.DemoAwarePortraitSource;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.Database;
import com.talentfinder.store.ObservationRepository;
import com.talentfinder.store.SearchHistoryRepository;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.SqlitePageCache;
import java.io.IOException;
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

    public static final String ENV_KEY = EffectiveSettings.ENV_KEY;
    public static final String ENV_API_URL = EffectiveSettings.ENV_API_URL;
    public static final String ENV_PLAN = EffectiveSettings.ENV_PLAN;
    public static final String ENV_CALLS_PER_MINUTE = EffectiveSettings.ENV_CALLS_PER_MINUTE;
    public static final String DATABASE_FILE = LocalStores.DATABASE_FILE;

    private final EffectiveSettings effective;
    private final Path dataFolder;
    private final Clock clock;
    private final SettingsStore settingsStore;
    private final AtomicReference<Settings> settings = new AtomicReference<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>();
    private final ModeFactory modes = new ModeFactory(this);
    private final LocalStores stores;
    private final TeamStore team;
    private PortraitSource portraits;
    private final CreditWiring credits = new CreditWiring(this);
    private final RateLimiter limiter;
    final List<WaitListener> retryWaitListeners = new CopyOnWriteArrayList<>();

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
        this.effective = new EffectiveSettings(env);
        this.clock = clock;
        this.dataFolder = DataFolder.createPrivate(env);
        this.settingsStore = new SettingsStore(dataFolder, OsKeyVault.orNone(env));
        this.settings.set(settingsStore.load());
        this.stores = new LocalStores(dataFolder, clock);
        this.team = new TeamStore(effective, new TeamDatabaseStore(dataFolder, OsKeyVault.teamPasswordOrNone(env)));
        // One limiter for every feature: the plan's calls a minute, shared by search, paging, refresh, reports.
        this.limiter = new RateLimiter(callsPerMinute(), TimeSource.SYSTEM, Sleeper.SYSTEM);
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

    /** The personal database and its repositories (page cache, credits, history, observations). */
    public LocalStores stores() {
        return stores;
    }

    public Database database() {
        return stores.database();
    }

    /** The team database (issue 16): {@code TALENT_FINDER_DB_URL} or Settings; shortlists only. */
    public TeamStore team() {
        return team;
    }

    /**
     * Where shortlists live: the team database when one is in force (connected on first use; a server that is
     * away fails each use with a worded StoreException), else the personal database.
     */
    public Database shortlistDatabase() {
        return team.database().orElseGet(this::database);
    }

    public Path databaseFile() {
        return stores.databaseFile();
    }

    /** What the settings file held that could not be used (defaults are in force for it); empty when none. */
    public List<String> settingsProblems() {
        return settingsStore.problems();
    }

    /** The settings file. */
    public Path settingsFile() {
        return settingsStore.file();
    }

    public SearchHistoryRepository history() {
        return stores.history();
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
        credits.refreshIfBuilt();
    }

    public SqlitePageCache pageCache() {
        return stores.pageCache();
    }

    /** Keeps the page cache bounded (see {@link LocalStores#prunePageCache}). Called at start-up, off the UI thread. */
    public void prunePageCache() {
        stores.prunePageCache(settings().cacheTtl());
    }

    public SqliteCallLedger callLedger() {
        return stores.callLedger();
    }

    /** The append-only "freelancers offering X" counts (issue 14). */
    public ObservationRepository observations() {
        return stores.observations();
    }

    /** This month's credits against the plan in force: the team's with a team key (see {@link CreditWiring}). */
    public CreditMeter creditMeter() {
        return credits.meter();
    }

    /** Where the source chain counts real calls, and what it runs after each. */
    CreditWiring credits() {
        return credits;
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

    /** Builds batch planners and fetchers over the source in force (command line, shortlists, insights). */
    public BatchWork batches() {
        return new BatchWork(this);
    }

    /** The one client-side rate limiter, shared by every feature. */
    public RateLimiter limiter() {
        return limiter;
    }

    /** The one rule of environment over settings. */
    public EffectiveSettings effective() {
        return effective;
    }

    /** The plan in force (see {@link EffectiveSettings#plan}). */
    public Plan plan() {
        return effective.plan(settings());
    }

    /** The pace the limiter keeps (see {@link EffectiveSettings#callsPerMinute}). */
    public int callsPerMinute() {
        return effective.callsPerMinute(settings());
    }

    public boolean planFromEnvironment() {
        return effective.planFromEnvironment();
    }

    /** True when the settings in force leave no key: searches go to the demo (what {@link #mode()} builds). */
    public boolean demoInForce() {
        return effective.demo(settings());
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
        return modes.demo();
    }

    private Mode buildMode(Settings s, boolean forceReal) {
        return modes.build(s, forceReal);
    }

    /** The API URL in force for settings {@code s}. */
    public String apiUrl(Settings s) {
        return effective.apiUrl(s);
    }

    @Override
    public void close() {
        credits.close();
        team.close();
        modes.close();
    }
}
