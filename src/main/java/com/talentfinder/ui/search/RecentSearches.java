package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.TaskRunner;
import java.util.List;

/**
 * The search bar's recent searches: remembers a search that succeeded (in its own background job, so results
 * never wait for the database) and offers past queries as the user types, but none for the text just searched
 * until it is edited (a suggestion list fetched for the last keystroke must not open over the results of the
 * search it started). A failing history is logged, never shown: it must not get in the way of searching.
 */
final class RecentSearches {

    private static final System.Logger LOG = System.getLogger(RecentSearches.class.getName());

    private final SearchHistory history;
    private final TaskRunner runner;
    /** The query text of the last search asked for, until the text is edited (read on any thread). */
    private volatile String searched;

    RecentSearches(SearchHistory history, TaskRunner runner) {
        this.history = history;
        this.runner = runner;
    }

    /** A search of {@code text} (the query field's text) was asked for. UI thread. */
    void searching(String text) {
        searched = text;
    }

    /** The query field's text is now {@code text}. UI thread. */
    void edited(String text) {
        if (searched != null && !searched.equals(text)) {
            searched = null;
        }
    }

    void remember(SearchRequest request) {
        runner.run("remember search", progress -> {
            history.remember(request);
            return null;
        }, ignored -> { }, failure -> LOG.log(System.Logger.Level.WARNING,
                "Could not remember the search: " + failure.getMessage()));
    }

    /**
     * Up to {@code limit} past queries matching {@code typed}, without the one typed itself; none when
     * {@code typed} is the text just searched. Any thread.
     */
    List<String> suggest(String typed, int limit) {
        String just = searched;
        if (just != null && just.equals(typed)) {
            return List.of();
        }
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
