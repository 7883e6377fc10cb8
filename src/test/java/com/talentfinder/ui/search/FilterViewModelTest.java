package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.TestFreelancers.freelancer;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private final ObservableList<Freelancer> loaded = FXCollections.observableArrayList(
            freelancer("~1").rate("12.5", "USD").country("Kenya").skills("React", "CSS").build(),
            freelancer("~2").rate("80", "USD").country("Germany").skills("React").build(),
            freelancer("~3").rate(null, null).country(null).skills("Go").build());
    private final FilterViewModel vm = new FilterViewModel(loaded);

    @Test
    void rateBoundsFollowTheLoadedRates() {
        assertThat(vm.rateFloorProperty().get()).isEqualTo(12);
        assertThat(vm.rateCeilingProperty().get()).isEqualTo(80);
        assertThat(vm.filterProperty().get().isActive()).isFalse();
    }

    @Test
    void narrowingTheRangeMakesARateFilter() {
        vm.rateLowProperty().set(20.4);

        FreelancerFilter f = vm.filterProperty().get();
        assertThat(f.minRate()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(f.maxRate()).isNull();
    }

    @Test
    void countriesOfferedAreTheLoadedOnesSorted() {
        assertThat(vm.countries()).containsExactly("Germany", "Kenya");
    }

    @Test
    void aChosenCountryStaysOfferedWhenTheResultsChange() {
        vm.selectedCountries().add("Kenya");
        loaded.setAll(freelancer("~9").country("Peru").build());

        assertThat(vm.countries()).containsExactlyInAnyOrder("Peru", "Kenya");
        assertThat(vm.filterProperty().get().countries()).containsExactly("Kenya");
    }

    @Test
    void skillSuggestionsComeFromLoadedSkillsMostUsedFirst() {
        assertThat(vm.skillSuggestions("")).startsWith("React");
        assertThat(vm.skillSuggestions("c")).containsExactly("React", "CSS");
    }

    @Test
    void clearTurnsEveryFilterOff() {
        vm.minJssProperty().set(90);
        vm.badgeProperty(Badge.TOP_RATED).set(true);
        vm.skillProperty().set("go");
        vm.rateHighProperty().set(40);

        vm.clear();

        assertThat(vm.filterProperty().get().isActive()).isFalse();
        assertThat(vm.rateHighProperty().get()).isEqualTo(80);
    }

    @Test
    void anUntouchedRangeWidensWithNewResults() {
        loaded.setAll(List.of(freelancer("~5").rate("150", "USD").build(), freelancer("~6").rate("5", "USD").build()));

        assertThat(vm.rateLowProperty().get()).isEqualTo(5);
        assertThat(vm.rateHighProperty().get()).isEqualTo(150);
        assertThat(vm.filterProperty().get().isActive()).isFalse();
    }

    @Test
    void aChosenRateBoundIsNeverMovedByNewResults() {
        vm.rateHighProperty().set(40);
        loaded.setAll(List.of(freelancer("~7").rate("37", "USD").build(), freelancer("~8").rate("12", "USD").build()));
        assertThat(vm.rateHighProperty().get()).isEqualTo(40);
        assertThat(vm.filterProperty().get().maxRate()).isEqualByComparingTo("40");

        loaded.add(freelancer("~9").rate("999", "USD").build());
        assertThat(vm.rateHighProperty().get()).isEqualTo(40);
        assertThat(vm.filterProperty().get().maxRate()).isEqualByComparingTo("40");
    }

    @Test
    void aTypedBoundBeyondTheLoadedRatesIsKeptAsTyped() {
        vm.setMaxRate(500);
        assertThat(vm.rateCeilingProperty().get()).isEqualTo(500);
        assertThat(vm.filterProperty().get().maxRate()).isEqualByComparingTo("500");
        vm.setMaxRate(null);
        assertThat(vm.filterProperty().get().maxRate()).isNull();
    }

    @Test
    void aRegionKeepsItsCountriesInAnySpelling() {
        vm.selectedRegions().add(Region.WESTERN_EUROPE);
        assertThat(vm.filterProperty().get().countries()).contains("Germany").doesNotContain("Kenya");
    }
}
