package com.talentfinder.app.saved;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.batch.BatchCancellation;
import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.batch.BatchFetcher;
import com.talentfinder.app.batch.BatchListener;
import com.talentfinder.app.batch.BatchPlanner;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.SavedSearchRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The saved-searches use cases, shared by the window and the command line: save, list, delete, tell a run's cost,
 * run (see {@link SavedSearchRunner}), read the latest run's results, and the optional check at start that runs
 * the searches not run for a week within a credit budget.
 */
public final class SavedSearches {

    /** The most pages a saved search may fetch in one run. */
    public static final int MAX_PAGES = 20;
    /** Pages a new saved search fetches when not told. */
    public static final int DEFAULT_PAGES = 3;
    /** A saved search not run for this long is due for the check at start. */
    public static final Duration CHECK_AFTER = Duration.ofDays(7);
    /** The check at start's default credit budget. */
    public static final int DEFAULT_CHECK_BUDGET = 10;

    static final String OPTION_CHECK = "check_at_start";
    static final String OPTION_BUDGET = "check_budget";

    /** The fetcher and planner a run uses, over the mode in force when asked. */
    public interface Fetching {
        BatchFetcher fetcher();

        BatchPlanner planner();

        /** True when the pages come from the offline demo data (no credits). */
        boolean demo();
    }

    /** The check at start: off by default. */
    public record CheckAtStart(boolean enabled, int creditBudget) {
    }

    /** A latest-run result: the profile and whether that run was the first to see it. */
    public record Result(Freelancer freelancer, boolean isNew) {
    }

    /** What the check at start did: the runs made, and the due searches it left for lack of budget. */
    public record CheckReport(List<RunOutcome> runs, List<String> skipped, int calls) {
        public CheckReport {
            runs = List.copyOf(runs);
            skipped = List.copyOf(skipped);
        }
    }

    private final SavedSearchRepository repository;
    private final Supplier<Fetching> fetching;
    private final Clock clock;
    private final SavedSearchRunner runner;

    public SavedSearches(SavedSearchRepository repository, Supplier<Fetching> fetching, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.fetching = Objects.requireNonNull(fetching);
        this.clock = Objects.requireNonNull(clock);
        this.runner = new SavedSearchRunner(repository, clock);
    }

    /** Over the app's services: the mode in force (or the demo when {@code forceDemo}), the one batch factory. */
    public static SavedSearches of(AppServices services, boolean forceDemo) {
        return new SavedSearches(new SavedSearchRepository(services.database()), () -> {
            AppServices.Mode mode = forceDemo ? services.demoMode() : services.mode();
            return new Fetching() {
                @Override
                public BatchFetcher fetcher() {
                    return services.batches().freshFetcher(mode);
                }

                @Override
                public BatchPlanner planner() {
                    return services.batches().freshPlanner(mode);
                }

                @Override
                public boolean demo() {
                    return mode.demo();
                }
            };
        }, services.clock());
    }

    /**
     * Saves a search.
     *
     * @throws SavedSearchRepository.NameTakenException when the name is used already
     * @throws IllegalArgumentException                 when the name is blank or the pages out of range
     * @throws com.talentfinder.domain.InvalidSearchException when the query is not a valid search
     */
    public SavedSearch save(String name, String query, int perPage, SavedFilters filters, int pages,
                            boolean stopWhenNothingNew) {
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("pages must be between 1 and " + MAX_PAGES);
        }
        SearchRequest valid = new SearchRequest(query, 1, perPage);
        SavedFilters f = filters == null ? SavedFilters.NONE : filters;
        return toSearch(repository.create(name, valid.query(), valid.perPage(), f.toJson(), pages,
                stopWhenNothingNew, clock.instant()));
    }

    public Optional<SavedSearch> find(String name) {
        return repository.find(name).map(SavedSearches::toSearch);
    }

    public boolean delete(String name) {
        return repository.delete(name);
    }

    /** Every saved search by name, with its latest run and when the run before it was. */
    public List<SavedSearchSummary> list() {
        List<SavedSearchSummary> out = new ArrayList<>();
        for (SavedSearchRepository.Row row : repository.list()) {
            out.add(summary(toSearch(row)));
        }
        return out;
    }

    public SavedSearchSummary summary(SavedSearch search) {
        List<SavedSearchRepository.Run> runs = repository.runs(search.id());
        if (runs.isEmpty()) {
            return new SavedSearchSummary(search, null, null);
        }
        SavedSearchRepository.Run last = runs.get(0);
        return new SavedSearchSummary(search, new SavedSearchSummary.RunSummary(last.runNo(), last.ranAt(),
                last.pagesFetched(), last.calls(), last.newCount(), last.seenBefore(), ending(last.outcome())),
                runs.size() > 1 ? runs.get(1).ranAt() : null);
    }

    /** The latest run's results that pass the filters, as ranked, new ones marked. Read back through cleaning/. */
    public List<Result> latestResults(SavedSearch search) {
        List<Result> out = new ArrayList<>();
        for (SavedSearchRepository.Result r : repository.latestResults(search.id())) {
            try {
                out.add(new Result(FreelancerJson.fromJson(JSON.readTree(r.profileJson())), r.isNew()));
            } catch (java.io.IOException | IllegalArgumentException e) {
                // a damaged row is left out; the rest still shows
            }
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** What a run costs at most: one call a page (the cache is not asked), said before it runs. */
    public BatchEstimate estimate(SavedSearch search) {
        return fetching.get().planner().estimate(new SearchRequest(search.query(), 1, search.perPage()),
                search.pages());
    }

    /** True when runs are answered by the offline demo data. */
    public boolean demo() {
        return fetching.get().demo();
    }

    /** Runs a saved search now; blocks; never throws for a failed call (see the outcome). */
    public RunOutcome run(SavedSearch search, BatchListener listener, BatchCancellation cancel) {
        return runner.run(search, fetching.get().fetcher(), listener, cancel);
    }

    public CheckAtStart checkAtStart() {
        boolean on = repository.option(OPTION_CHECK).map("true"::equals).orElse(false);
        int budget = repository.option(OPTION_BUDGET).map(SavedSearches::parseBudget).orElse(DEFAULT_CHECK_BUDGET);
        return new CheckAtStart(on, budget);
    }

    public void setCheckAtStart(CheckAtStart check) {
        repository.setOption(OPTION_CHECK, Boolean.toString(check.enabled()));
        repository.setOption(OPTION_BUDGET, Integer.toString(Math.max(0, check.creditBudget())));
    }

    /** The saved searches whose last run (or, never run, their saving) is more than {@link #CHECK_AFTER} ago. */
    public List<SavedSearch> due() {
        Instant cutoff = clock.instant().minus(CHECK_AFTER);
        List<SavedSearch> out = new ArrayList<>();
        for (SavedSearchRepository.Row row : repository.list()) {
            Instant last = row.lastRunAt() == null ? row.createdAt() : row.lastRunAt();
            if (last.isBefore(cutoff)) {
                out.add(toSearch(row));
            }
        }
        return out;
    }

    /**
     * The check at start: runs the due searches, oldest first, while the most a run can cost fits in what is left
     * of {@code budget} credits (and of this month's credits); the others wait for the next start. Does nothing
     * when the check is off.
     */
    public CheckReport runDue(BatchListener listener, BatchCancellation cancel) {
        CheckAtStart check = checkAtStart();
        if (!check.enabled()) {
            return new CheckReport(List.of(), List.of(), 0);
        }
        List<SavedSearch> due = new ArrayList<>(due());
        due.sort(java.util.Comparator.comparing(s -> s.lastRunAt() == null ? s.createdAt() : s.lastRunAt()));
        int left = check.creditBudget();
        List<RunOutcome> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int spent = 0;
        for (SavedSearch s : due) {
            BatchEstimate cost = estimate(s);
            if (cancel.isCancelled() || cost.callsNeeded() > left || cost.exceedsRemaining()) {
                skipped.add(s.name());
                continue;
            }
            RunOutcome outcome = run(s, listener, cancel);
            runs.add(outcome);
            left -= outcome.calls();
            spent += outcome.calls();
        }
        return new CheckReport(runs, skipped, spent);
    }

    private static int parseBudget(String s) {
        try {
            return Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_CHECK_BUDGET;
        }
    }

    private static RunOutcome.Ending ending(String stored) {
        try {
            return RunOutcome.Ending.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            return RunOutcome.Ending.ALL_PAGES;
        }
    }

    private static SavedSearch toSearch(SavedSearchRepository.Row row) {
        return new SavedSearch(row.id(), row.name(), row.query(), row.perPage(),
                SavedFilters.fromJson(row.filtersJson()), row.pages(), row.stopWhenNothingNew(), row.createdAt(),
                row.lastRunAt());
    }
}
