package com.talentfinder.app.startup;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.SearchRequest;
import java.nio.charset.StandardCharsets;
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

    /** Builds services with {@code factory} and warms them, on a new daemon thread. */
    static CompletableFuture<AppServices> start(Supplier<AppServices> factory) {
        CompletableFuture<AppServices> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                AppServices services = factory.get();
                result.complete(services);
                warm(services);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "talent-finder-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY);
        t.start();
        return result;
    }

    /** Prepares what the first search uses; every step is one the search would otherwise do itself. */
    static void warm(AppServices services) {
        try {
            services.history();
            services.prunePageCache(); // bounded growth, off the UI thread
            services.mode();
            services.portraits();
            new ResponseParser().parse(new SearchRequest("warm up", 1, 1), SAMPLE_BODY);
        } catch (RuntimeException | ApiException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Start-up warm-up stopped: " + e.getClass().getSimpleName());
        }
    }
}
