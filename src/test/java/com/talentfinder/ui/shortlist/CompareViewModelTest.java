package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.common.Freelancers;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

    private final Freelancer ada = Samples.freelancer("~a", "Ada", "40", 95, List.of("React", "TypeScript", "GraphQL"));
    private final Freelancer bea = Samples.freelancer("~b", "Bea", "35", 90, List.of("react", "TypeScript", "Vue"));
    private final Freelancer cem = Samples.freelancer("~c", "Cem", "50", 99, List.of("React", "Go", "GraphQL"));

    @Test
    void skillsEveryoneHasAreShared() {
        CompareViewModel vm = new CompareViewModel(List.of(ada, bea, cem));

        assertThat(vm.sharedSkills()).containsExactly("React");
    }

    @Test
    void skillsOnlyOneHasAreUniqueToThem() {
        CompareViewModel vm = new CompareViewModel(List.of(ada, bea, cem));

        assertThat(vm.uniqueSkills(ada)).isEmpty();
        assertThat(vm.uniqueSkills(bea)).containsExactly("Vue");
        assertThat(vm.uniqueSkills(cem)).containsExactly("Go");
        assertThat(vm.skillsWithKind(ada)).containsEntry("GraphQL", CompareViewModel.SkillKind.SOME)
                .containsEntry("React", CompareViewModel.SkillKind.SHARED);
    }

    @Test
    void hiddenValuesReadHidden() {
        CompareViewModel vm = new CompareViewModel(List.of(ada, Freelancers.hidden()));

        CompareViewModel.Row jss = vm.rows().stream().filter(r -> r.label().equals("Job Success")).findFirst()
                .orElseThrow();
        CompareViewModel.Row earned = vm.rows().stream().filter(r -> r.label().equals("Earned")).findFirst()
                .orElseThrow();
        assertThat(jss.values()).containsExactly("95%", "hidden");
        assertThat(earned.values().get(1)).isEqualTo("hidden");
    }

    @Test
    void theRowsCoverRateJssEarningsHoursJobsBadgeAndLocation() {
        CompareViewModel vm = new CompareViewModel(List.of(ada, bea));

        assertThat(vm.rows()).extracting(CompareViewModel.Row::label).contains("Hourly rate", "Job Success",
                "Earned", "Hours", "Jobs", "Badge", "Location");
        assertThat(vm.rows().get(1).values()).containsExactly("$40/hr", "$35/hr");
    }

    @Test
    void oneOrFiveAreRefused() {
        assertThatThrownBy(() -> new CompareViewModel(List.of(ada))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompareViewModel(List.of(ada, bea, cem, ada, bea)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
