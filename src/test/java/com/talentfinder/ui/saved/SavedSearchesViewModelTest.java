package com.talentfinder.ui.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.saved.SavedFilters;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchesViewModelTest {

    /** Monday 30 November 2026, 09:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;
    private MutableClock clock;
    private SavedFixture fx;
    private SavedSearchesViewModel vm;

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(MONDAY);
        fx = new SavedFixture(dir, clock);
        fx.rank(1, 12);
        vm = new SavedSearchesViewModel(fx.saved, new SyncTaskRunner(), clock);
    }

    @Test
    void theCostIsShownBeforeARunAndTheFirstRunMarksEveryoneNew() {
        fx.saved.save("React weekly", "react developer", 10, SavedFilters.NONE, 2, true);
        vm.reload();
        assertThat(vm.searches()).extracting(SavedSearchesViewModel.Row::newSince).containsExactly("Not run yet");
        assertThat(vm.searches()).extracting(SavedSearchesViewModel.Row::detail).containsExactly("Not run yet");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("React weekly");
        assertThat(vm.costProperty().get()).startsWith("Run: at most 2 calls (100 credits left this month).")
                .endsWith("Stops at the first page with nobody new.");
        assertThat(fx.calls).hasValue(0);

        vm.run();

        assertThat(fx.calls).hasValue(2);
        assertThat(vm.results()).hasSize(12).allMatch(SavedSearchesViewModel.ResultRow::isNew);
        assertThat(vm.searches().get(0).newSince()).isEqualTo("12 new (first run)");
        assertThat(vm.runState().statusProperty().get()).startsWith("12 new, 0 seen before");
        assertThat(vm.runState().runningProperty().get()).isFalse();
    }

    @Test
    void aLaterRunSaysHowManyAreNewSinceTheRunBefore() {
        fx.saved.save("React weekly", "react developer", 10, SavedFilters.NONE, 2, true);
        vm.reload();
        vm.run();
        clock.now = MONDAY.plus(Duration.ofDays(2)); // Wednesday
        fx.ranking.add(0, SavedFixture.person(50));
        fx.ranking.add(3, SavedFixture.person(51));
        fx.ranking.add(5, SavedFixture.person(52));

        vm.run();

        assertThat(vm.searches().get(0).newSince()).isEqualTo("3 new since Monday");
        assertThat(vm.searches().get(0).detail()).startsWith("Last run: ").endsWith(" \u00b7 3 new since Monday")
                .contains(vm.searches().get(0).lastRun());
        assertThat(vm.results().stream().filter(SavedSearchesViewModel.ResultRow::isNew)
                .map(r -> r.freelancer().name())).containsExactly("Person 50", "Person 51", "Person 52");
        assertThat(vm.runState().statusProperty().get()).startsWith("3 new, 12 seen before (2 pages, 2 calls).");
    }

    @Test
    void selectingAResultShowsItsProfileAndDeleteEmptiesTheList() {
        fx.saved.save("React weekly", "react developer", 10, SavedFilters.NONE, 1, true);
        vm.reload();
        vm.run();
        vm.selectedResultProperty().set(vm.results().get(0).freelancer());
        assertThat(vm.selectedResultProperty().get().name()).isEqualTo("Person 1");
        vm.delete();
        assertThat(vm.searches()).isEmpty();
        assertThat(vm.results()).isEmpty();
        assertThat(vm.selectedResultProperty().get()).isNull();
    }

    @Test
    void theCheckAtStartIsOffUntilTurnedOnAndThenRunsOnlyDueSearches() {
        fx.saved.save("React weekly", "react developer", 10, SavedFilters.NONE, 2, true);
        vm.reload();
        assertThat(vm.checkAtStartProperty().get()).isFalse();
        clock.now = MONDAY.plus(Duration.ofDays(8));
        vm.checkDue();
        assertThat(fx.calls).hasValue(0);

        vm.checkAtStartProperty().set(true);
        vm.checkBudgetProperty().set(5);
        assertThat(fx.saved.checkAtStart().enabled()).isTrue();
        assertThat(fx.saved.checkAtStart().creditBudget()).isEqualTo(5);
        vm.checkDue();
        assertThat(fx.calls).hasValue(2);
        assertThat(vm.runState().statusProperty().get()).startsWith("Check at start: 1 saved search run, 12 new");
        vm.checkDue(); // just run: not due any more
        assertThat(fx.calls).hasValue(2);
    }

    @Test
    void saveSearchAsksForANameAndRefusesATakenOne() {
        SaveSearchViewModel first = new SaveSearchViewModel(fx.saved,
                () -> new SaveSearchViewModel.Current("react developer", 20, SavedFilters.NONE));
        assertThat(first.nameProperty().get()).isEqualTo("react developer");
        first.nameProperty().set("  ");
        assertThat(first.save()).isFalse();
        assertThat(first.errorProperty().get()).isEqualTo("Give the search a name.");
        first.nameProperty().set("Weekly");
        assertThat(first.save()).isTrue();
        SavedFilters rate = new SavedFilters(new java.math.BigDecimal("30"), null, null, null, null, null);
        SaveSearchViewModel second = new SaveSearchViewModel(fx.saved,
                () -> new SaveSearchViewModel.Current("vue", 10, rate));
        assertThat(second.summaryProperty().get()).contains("with the filters in force");
        second.nameProperty().set("weekly");
        assertThat(second.save()).isFalse();
        assertThat(second.errorProperty().get()).contains("already named \u201cweekly\u201d");
        second.nameProperty().set("Vue");
        assertThat(second.save()).isTrue();
        assertThat(fx.saved.find("vue").orElseThrow().filters()).isEqualTo(rate);
        assertThat(fx.saved.find("weekly").orElseThrow().perPage()).isEqualTo(20);
        SaveSearchViewModel none = new SaveSearchViewModel(fx.saved,
                () -> new SaveSearchViewModel.Current(" ", 10, SavedFilters.NONE));
        none.nameProperty().set("x");
        assertThat(none.save()).isFalse();
        assertThat(none.errorProperty().get()).isEqualTo("Type a search first, then save it.");
    }
}
