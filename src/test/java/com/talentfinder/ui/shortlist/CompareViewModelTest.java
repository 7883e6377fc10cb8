package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.common.Freelancers;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

    private final Freelancer ada = Samples.freelancer("~a", "Ada", "40", 95, List.of("React", "TypeScript", "GraphQL"));
    private final Freelancer bea = Samples.freelancer("~b", "Bea", "35", 90, List.of("react", "TypeScript", "Vue"));
    private final Freelancer cem = Samples.freelancer("~c", "Cem", "50", 99, List.of("React", "Go", "GraphQL"));

    @Test
    void skillsEveryoneHasAreShared() {
        CompareViewModel vm = compare(ada, bea, cem);

        assertThat(vm.sharedSkills()).containsExactly("React");
    }

    @Test
    void skillsOnlyOneHasAreUniqueToThem() {
        CompareViewModel vm = compare(ada, bea, cem);

        assertThat(vm.uniqueSkills(ada)).isEmpty();
        assertThat(vm.uniqueSkills(bea)).containsExactly("Vue");
        assertThat(vm.uniqueSkills(cem)).containsExactly("Go");
        assertThat(vm.skillsWithKind(ada)).containsEntry("GraphQL", CompareViewModel.SkillKind.SOME)
                .containsEntry("React", CompareViewModel.SkillKind.SHARED);
    }

    @Test
    void hiddenValuesReadHidden() {
        CompareViewModel vm = compare(ada, Freelancers.hidden());

        CompareViewModel.Row jss = vm.rows().stream().filter(r -> r.label().equals("Job Success")).findFirst()
                .orElseThrow();
        CompareViewModel.Row earned = vm.rows().stream().filter(r -> r.label().equals("Earned")).findFirst()
                .orElseThrow();
        assertThat(jss.values()).containsExactly("95%", "hidden");
        assertThat(earned.values().get(1)).isEqualTo("hidden");
    }

    @Test
    void theRowsCoverRateJssEarningsHoursJobsBadgeAndLocation() {
        CompareViewModel vm = compare(ada, bea);

        assertThat(vm.rows()).extracting(CompareViewModel.Row::label).contains("Hourly rate", "Job Success",
                "Earned", "Hours", "Jobs", "Badge", "Location");
        assertThat(vm.rows().stream().filter(r -> r.label().equals("Hourly rate")).findFirst().orElseThrow()
                .values()).containsExactly("$40/hr", "$35/hr");
    }

    @Test
    void oneOrFiveAreRefused() {
        assertThatThrownBy(() -> compare(ada)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compare(ada, bea, cem, ada, bea))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CompareViewModel compare(Freelancer... people) {
        return new CompareViewModel(Arrays.stream(people).map(CompareViewModelTest::entry).toList(), Samples.CLOCK);
    }

    private static ShortlistEntry entry(Freelancer f) {
        return new ShortlistEntry(1, f, Instant.EPOCH, EntryStatus.NEW, 0, "", List.of(), null);
    }

    @Test
    void theUsersOwnWorkAndTheLocalTimeComeFirst() {
        ShortlistEntry a = new ShortlistEntry(1, ada, Instant.EPOCH, EntryStatus.INTERVIEWING, 4,
                "Strong on GraphQL; call Monday", List.of(), null);
        CompareViewModel vm = new CompareViewModel(List.of(a, entry(bea)), Samples.CLOCK);

        assertThat(vm.rows()).extracting(CompareViewModel.Row::label).startsWith("Status", "Your rating",
                "Your notes", "Local time");
        assertThat(vm.rows().get(0).values()).containsExactly("Interviewing", "New");
        assertThat(vm.rows().get(1).values()).containsExactly("\u2605\u2605\u2605\u2605 4/5", "Not rated");
        assertThat(vm.rows().get(2).values()).containsExactly("Strong on GraphQL; call Monday", "—");
        // Samples put everyone on UTC+01:00; the clock reads 10:00 UTC.
        assertThat(vm.rows().get(3).values().get(0)).startsWith("11:00");
    }
}
