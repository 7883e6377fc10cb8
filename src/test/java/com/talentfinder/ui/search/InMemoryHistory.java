package com.talentfinder.ui.search;

import com.talentfinder.domain.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recent searches in a list. */
final class InMemoryHistory implements SearchHistory {

    final List<String> remembered = new ArrayList<>();

    @Override
    public void remember(SearchRequest request) {
        remembered.remove(request.query());
        remembered.add(0, request.query());
    }

    @Override
    public List<String> suggest(String typed, int limit) {
        String needle = typed.toLowerCase(Locale.ROOT);
        return remembered.stream().filter(q -> q.toLowerCase(Locale.ROOT).contains(needle)).limit(limit).toList();
    }
}
