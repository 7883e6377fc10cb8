package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.TaskRunner;
import java.util.List;

/**
 * The search bar's recent searches: remembers a search that succeeded (in its own background job, so results
 * never wait for the database) and offers past queries as the user types. A failing history is logged, never
 * shown: it must not get in the way of searching.
 */
final class RecentSearches {

    private static final System.Logger LOG = System.getLogger(RecentSearches.class.getName());

    private final SearchHistory history;
    private final TaskRunner runner;

    RecentSearches(SearchHistory history, TaskRunner runner) {
        this.history = history;
        this.runner = runner;
    }

    void remember(SearchRequest request) {
        runner.run("remember search", progress -> {
            history.remember(request);
            return null;
        }, ignored -> { }, failure -> LOG.log(System.Logger.Level.WARNING,
                "Could not remember the search: " + failure.getMessage()));
    }

    /** Up to {@code limit} past queries matching {@code typed}, without the one typed itself; any thread. */
    List<String> suggest(String typed, int limit) {
        String exact = typed == null ? "" : typed.strip();
        try {
            return history.suggest(typed, limit + 1).stream().filter(q -> !q.equalsIgnoreCase(exact))
                    .limit(limit).toList();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read recent searches: " + e.getMessage());
            return List.of();
        }
    }
}
