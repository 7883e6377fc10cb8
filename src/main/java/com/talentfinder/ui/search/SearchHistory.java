package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchRequest;
import java.util.List;

/**
 * Recent searches, as the search bar needs them. Production adapts {@code store.SearchHistoryRepository};
 * tests use an in-memory list. Both methods may block and are called off the UI thread.
 */
public interface SearchHistory {

    /** Remembers a search that succeeded. */
    void remember(SearchRequest request);

    /** Up to {@code limit} past queries matching what the user typed, best first. */
    List<String> suggest(String typed, int limit);

    /** A history that remembers nothing. */
    SearchHistory NONE = new SearchHistory() {
        @Override
        public void remember(SearchRequest request) {
        }

        @Override
        public List<String> suggest(String typed, int limit) {
            return List.of();
        }
    };
}
