package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.RecruiterFiltersTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The filter sidebar's exclusions, overlap and "hide people already on a list", through its ViewModel. */
class RecruiterFilterViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ObservableList<Freelancer> loaded = FXCollections.observableArrayList(
            person("~in", "India", "UTC+05:30 Kolkata", "Java developer", "Agency work", "Java"),
            person("~de", "Germany", "UTC+01:00", "React developer", null, "React"),
            person("~pl", "Poland", "UTC+01:00", "Go developer", null, "Go"),
            person("~us", "United States", "UTC-08:00", "Designer", null, "Figma"),
            person("~xx", "Peru", "somewhere", "Tester", null, "QA"));
    private final FilterViewModel vm = new FilterViewModel(loaded);
    private final FilteredList<Freelancer> shown = new FilteredList<>(loaded);

    {
        shown.predicateProperty().bind(vm.filterProperty());
    }

    private List<String> shownIds() {
        return shown.stream().map(Freelancer::id).toList();
    }

    @Test
    void aChipPerExclusionAndRemovingOneBringsThemBack() {
        vm.addExclusion(Exclusion.place("India"));
        vm.addExclusion(new Exclusion(Exclusion.Kind.SKILL, "react"));
        vm.addExclusion(new Exclusion(Exclusion.Kind.WORD, "designer"));
        vm.addExclusion(Exclusion.place("india")); // the same thing again: no second chip

        assertThat(vm.exclusions()).extracting(Exclusion::shown).containsExactly("India", "react", "designer");
        assertThat(shownIds()).containsExactly("~pl", "~xx");

        vm.removeExclusion(vm.exclusions().get(1));
        assertThat(shownIds()).containsExactly("~de", "~pl", "~xx");
    }

    @Test
    void aRegionExcludesItsCountries() {
        vm.addExclusion(Exclusion.place("eastern europe"));

        assertThat(vm.exclusions()).containsExactly(Exclusion.region(Region.EASTERN_EUROPE));
        assertThat(vm.exclusions().get(0).shown()).isEqualTo("Eastern Europe");
        assertThat(shownIds()).containsExactly("~in", "~de", "~us", "~xx");
    }

    @Test
    void overlapUsesTheWorkingHoursAndTodayFromTheClock() {
        Clock july = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneId.of("UTC"));
        vm.useWorkingDay(() -> WorkingHours.defaults(BERLIN), july);

        vm.minOverlapHoursProperty().set(4);

        // Berlin in July 07:00-15:00 UTC: India 4.5 h, UTC+1 7 h, UTC-8 none, "somewhere" unknown: dropped
        assertThat(vm.filterProperty().get().overlap().day()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(shownIds()).containsExactly("~in", "~de", "~pl");
    }

    @Test
    void changedWorkingHoursApplyAtOnce() {
        Clock january = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), BERLIN);
        WorkingHours[] hours = {WorkingHours.defaults(BERLIN)};
        vm.useWorkingDay(() -> hours[0], january);
        vm.minOverlapHoursProperty().set(2);
        assertThat(shownIds()).containsExactly("~in", "~de", "~pl");

        // 16:00-23:00 Berlin = 15:00-22:00 UTC: UTC-8 (17:00-01:00 UTC) 5 h, UTC+1 1 h, India none
        hours[0] = new WorkingHours(LocalTime.of(16, 0), LocalTime.of(23, 0), BERLIN);
        vm.workingHoursChanged();
        assertThat(shownIds()).containsExactly("~us");
    }

    @Test
    void hidingPeopleOnAListFollowsTheMemberships() {
        SimpleObjectProperty<Map<String, ?>> onLists = new SimpleObjectProperty<>(Map.of("~de", List.of()));
        vm.followMemberships(onLists);
        assertThat(shownIds()).hasSize(5);

        vm.hideListedProperty().set(true);
        assertThat(shownIds()).containsExactly("~in", "~pl", "~us", "~xx");

        onLists.set(Map.of("~de", List.of(), "~us", List.of()));
        assertThat(shownIds()).containsExactly("~in", "~pl", "~xx");
    }

    @Test
    void clearRemovesExclusionsOverlapAndHiding() {
        vm.addExclusion(Exclusion.place("India"));
        vm.minOverlapHoursProperty().set(3);
        vm.hideListedProperty().set(true);

        vm.clear();

        assertThat(vm.exclusions()).isEmpty();
        assertThat(vm.minOverlapHoursProperty().get()).isZero();
        assertThat(vm.hideListedProperty().get()).isFalse();
        assertThat(vm.filterProperty().get().isActive()).isFalse();
    }
}
