package com.talentfinder.ui;

import com.talentfinder.app.saved.SavedFilters;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.saved.SaveSearchViewModel;
import com.talentfinder.ui.saved.SavedSearchesFeature;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.FreelancerFilter;
import com.talentfinder.ui.search.SearchFeature;
import com.talentfinder.ui.search.SearchViewModel;

/**
 * Wires the saved-searches feature to the search screen (the features do not know each other): "Save search…"
 * in the search bar saves the query typed (else the one shown) with the filters in force.
 */
final class SavedSearchWiring {

    private SavedSearchWiring() {
    }

    static void connect(SearchFeature searchScreen, SavedSearchesFeature saved, SearchViewModel search,
                        FilterViewModel filters) {
        searchScreen.onSearchBar((bar, screen) -> saved.installSaveAction(bar, screen,
                () -> current(search, filters.filterProperty().get())));
    }

    static SaveSearchViewModel.Current current(SearchViewModel search, FreelancerFilter filter) {
        String typed = search.queryProperty().get();
        SearchRequest shown = search.currentRequest();
        String query = typed != null && !typed.isBlank() ? typed : shown == null ? "" : shown.query();
        Integer perPage = search.perPageProperty().get();
        return new SaveSearchViewModel.Current(query, perPage == null ? 10 : perPage, filters(filter));
    }

    /** The search screen's filters as a saved search keeps them (the criteria both know). */
    static SavedFilters filters(FreelancerFilter f) {
        if (f == null) {
            return SavedFilters.NONE;
        }
        return new SavedFilters(f.minRate(), f.maxRate(), f.minJss(), f.countries(), f.badges(), f.skill(),
                f.exclusions());
    }
}
