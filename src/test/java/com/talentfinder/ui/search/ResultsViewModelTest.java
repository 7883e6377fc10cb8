package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Badge;
import com.talentfinder.ui.SyncTaskRunner;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private final SearchViewModel search = new SearchViewModel(new FakeSource(), new SyncTaskRunner(),
            SearchHistory.NONE, new ManualTicker(), () -> true);
    private final ResultsViewModel results = new ResultsViewModel(search);
    private final FilterViewModel filters = results.filters();

    private void searchReact() {
        search.queryProperty().set("react");
        search.search();
    }

    @Test
    void withoutFiltersEveryLoadedResultIsVisible() {
        searchReact();

        assertThat(results.visibleResults()).hasSize(25);
        assertThat(results.filteringProperty().get()).isFalse();
    }

    @Test
    void aFilterHidesRowsAndTheNoteCountsThem() {
        searchReact();
        filters.badgeProperty(Badge.TOP_RATED).set(true);

        assertThat(results.visibleResults()).hasSize(9);
        assertThat(results.filteringProperty().get()).isTrue();
        assertThat(results.filterNoteProperty().get()).isEqualTo("9 of 25 shown · 16 hidden by filters");
    }

    @Test
    void theFilterStaysOnForTheNextPage() {
        searchReact();
        filters.selectedCountries().add("Kenya");
        search.nextPage();

        assertThat(results.visibleResults()).isNotEmpty().allSatisfy(f -> assertThat(f.country()).isEqualTo("Kenya"));
    }

    @Test
    void aFilterThatChangesWithNewResultsKeepsTheListConsistentOverEveryPageFetched() {
        searchReact();
        filters.rateHighProperty().set(60);
        search.nextPage();

        assertThat(results.visibleResults()).allSatisfy(f -> assertThat(f.hourlyRate().intValue()).isLessThanOrEqualTo(60));
        assertThat(search.allPages().fetched()).hasSize(50);
        assertThat(results.visibleResults()).hasSize((int) search.allPages().fetched().stream()
                .filter(f -> f.hourlyRate().intValue() <= 60).count());
    }

    @Test
    void selectionIsTheOneSharedProperty() {
        assertThat(results.selectedProperty()).isSameAs(search.selectedProperty());
    }
}
