package com.talentfinder.app.startup;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.ParseBotClient;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Gets the window's first search ready while the JavaFX toolkit starts and the window is built: on a background
 * thread it builds the {@link AppServices}, opens and migrates the database, builds the source in force (in demo
 * mode that starts the demo server, which generates its dataset) and loads the JSON parsing path. The window then
 * takes the services with {@link #takeServices()}; its first search no longer waits for any of that.
 *
 * <p>Only the first search's infrastructure is prepared: no search is made and no credit is spent. A failure
 * is left for the first real use to report, in the window's own words. Measured by the {@code bench} profile's
 * start-up figure (see {@code docs/benchmarks.md}).
 */
public final class StartupWarmUp {

    private static final System.Logger LOG = System.getLogger(StartupWarmUp.class.getName());

    /** A minimal success body, parsed once so Jackson and the record mapping are loaded before the first search. */
    private static final byte[] SAMPLE_BODY = ("{\"status\":\"success\",\"data\":{\"freelancers\":[{"
            + "\"ciphertext\":\"~0warmup\",\"name\":\"Warm Up\",\"title\":\"t\",\"description\":\"d\","
            + "\"hourly_rate\":\"10.0\",\"currency\":\"USD\",\"country\":\"C\",\"skills\":[\"s\"],"
            + "\"job_success_score\":0.9,\"total_earnings\":\"1\",\"total_hours\":1,\"total_completed_jobs\":1,"
            + "\"top_rated\":\"top_rated\",\"vetted\":false,\"id_verified\":true}],"
            + "\"total_results\":1,\"total_pages\":1}}").getBytes(StandardCharsets.UTF_8);

    private static CompletableFuture<AppServices> early;
    /** The data check the warm-up ran on the services it built, for the window to take (see {@link #takeCheck}). */
    private static EarlyCheck earlyCheck;
    /** The last warm-up thread started (tests wait for it before deleting the data folder). */
    private static volatile Thread lastThread;

    /**
     * The start-up data check ({@link StartupCheck#run()}) of some services, run on the warm-up thread as soon as
     * they were built, while the toolkit starts: the window takes its outcome instead of checking again.
     *
     * @param check the check, to carry out the user's choice when the data has a problem
     * @param outcome completes with {@link StartupCheck#run()}'s answer (never exceptionally)
     */
    public record EarlyCheck(StartupCheck check, CompletableFuture<Optional<StartupProblem>> outcome) {
    }

    private StartupWarmUp() {
    }

    /** Starts building and warming the services from the environment on a daemon thread. Call once, first thing. */
    public static synchronized void begin() {
        if (early == null) {
            early = start(AppServices::fromEnvironment);
        }
    }

    /**
     * The services {@link #begin()} prepared (waiting for them if need be), or new ones when it was not called or
     * failed. Hands them out once.
     */
    public static AppServices takeServices() {
        CompletableFuture<AppServices> f;
        synchronized (StartupWarmUp.class) {
            f = early;
            early = null;
        }
        if (f != null) {
            try {
                return f.join();
            } catch (CompletionException e) {
                LOG.log(System.Logger.Level.DEBUG, "Start-up warm-up failed; building the services again");
            }
        }
        return AppServices.fromEnvironment();
    }

    /**
     * The data check already under way for {@code services} when they are the ones {@link #begin()} built (taken
     * once); else a new check, not yet run.
     */
    public static EarlyCheck takeCheck(AppServices services) {
        synchronized (StartupWarmUp.class) {
            EarlyCheck c = earlyCheck;
            if (c != null && c.check().services() == services) {
                earlyCheck = null;
                return c;
            }
        }
        return new EarlyCheck(new StartupCheck(services), null);
    }

    /**
     * Builds services with {@code factory}, checks their data (the database is opened and migrated here, while
     * the toolkit starts) and warms them, on a new daemon thread.
     */
    static CompletableFuture<AppServices> start(Supplier<AppServices> factory) {
        CompletableFuture<AppServices> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            AppServices services;
            try {
                services = factory.get();
                StartupTrace.mark("services built");
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            StartupCheck check = new StartupCheck(services);
            CompletableFuture<Optional<StartupProblem>> outcome = new CompletableFuture<>();
            synchronized (StartupWarmUp.class) {
                earlyCheck = new EarlyCheck(check, outcome);
            }
            result.complete(services);
            Optional<StartupProblem> problem;
            try {
                problem = check.run();
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
                return;
            }
            StartupTrace.mark("data checked");
            outcome.complete(problem);
            if (problem.isEmpty()) {
                warm(services); // a damaged database waits for the user's choice in the window
            }
        }, "talent-finder-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY);
        lastThread = t;
        t.start();
        return result;
    }

    /** Waits until the last warm-up thread has finished its work (tests). */
    static void awaitLast(long millis) throws InterruptedException {
        Thread t = lastThread;
        if (t != null) {
            t.join(millis);
        }
    }

    /** Prepares what the first search uses; every step is one the search would otherwise do itself. */
    static void warm(AppServices services) {
        try {
            services.history();
            services.prunePageCache(); // bounded growth, off the UI thread
            StartupTrace.mark("page cache pruned");
            AppServices.Mode mode = services.mode();
            StartupTrace.mark("mode built");
            services.portraits();
            SearchRequest sample = new SearchRequest("warm up", 1, 1);
            new ResponseParser().parse(sample, SAMPLE_BODY);
            mode.chain().isCached(sample); // the page cache's read path
            if (mode.demo()) {
                // One call to the local demo server, past the cache (nothing is stored): the HTTP client, the
                // server's search and the whole answer's parsing are loaded before the first real search.
                new ParseBotClient(mode.endpoint()).search(sample);
            }
            StartupTrace.mark("warm-up done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ApiException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Start-up warm-up stopped: " + e.getClass().getSimpleName());
        }
    }
}
