package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.Factor;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.RankingScore;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class RankingViewModelTest {

    private final ObservableList<Freelancer> source = FXCollections.observableArrayList();
    private final RankingViewModel vm = new RankingViewModel(source);

    private static Freelancer person(String id, String name, Integer jss, boolean hidden) {
        return new Freelancer(id, name, "t", null, "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal("40"), "USD", "Ghana", null, null, null, List.of("WordPress"), jss, hidden,
                new BigDecimal("10000"), false, 1000.0, 10, true, false, false, false);
    }

    @Test
    void startsWithTheBalancedPresetAndShowsTheFormulaVersion() {
        assertThat(vm.presetProperty().get()).isEqualTo(RankingPreset.BALANCED);
        assertThat(vm.weightProperty(Factor.JSS).get()).isEqualTo(25);
        assertThat(vm.formula()).startsWith("Formula v" + RankingScore.FORMULA_VERSION + ":");
    }

    @Test
    void aHiddenJssIsUnknownAndItsWeightIsSpreadOverTheOthers() {
        source.setAll(person("a", "Ana", 95, false), person("h", "Hidden Hana", null, true));
        vm.selectedProperty().set(vm.ranked().stream().filter(r -> r.freelancer().id().equals("h"))
                .findFirst().orElseThrow());
        assertThat(vm.selectedProperty().get().breakdown().isScored()).isTrue();
        assertThat(vm.why().get(Factor.JSS.ordinal()))
                .isEqualTo("Job Success: unknown (hidden by the freelancer); its weight 25 was spread over the others");
        assertThat(vm.spreadNoteProperty().get()).startsWith("25 of weight belonged to unknown factors (Job Success)");
        assertThat(vm.headlineProperty().get()).startsWith("Why Hidden Hana scores ");
        // Earnings got its share of the spread weight: 25 × 15 ÷ 50 known (earnings, hours, jobs, badges) = 7.5
        assertThat(vm.why().get(Factor.EARNINGS.ordinal())).contains("(weight 15, +7.5 taken over)");
    }

    @Test
    void theContributionsShownAddUpToTheScore() {
        source.setAll(person("a", "Ana", 90, false));
        var b = vm.selectedProperty().get().breakdown();
        BigDecimal sum = b.contributions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(b.score());
        assertThat(vm.headlineProperty().get()).isEqualTo("Why Ana scores " + InsightsText.amount(b.score()));
    }

    @Test
    void changingAWeightReranksAndLeavesThePreset() {
        source.setAll(person("a", "Ana", 75, false), person("b", "Bo", 100, false));
        vm.weightProperty(Factor.JSS).set(100);
        assertThat(vm.presetProperty().get()).isNull();
        assertThat(vm.ranked().get(0).freelancer().name()).isEqualTo("Bo");
        vm.weightProperty(Factor.JSS).set(150);
        assertThat(vm.weightProperty(Factor.JSS).get()).isEqualTo(100);
    }

    @Test
    void choosingAPresetSetsEveryWeight() {
        vm.presetProperty().set(RankingPreset.BUDGET);
        for (Factor f : Factor.values()) {
            assertThat(vm.weightProperty(f).get()).isEqualTo(RankingPreset.BUDGET.weights().weight(f));
        }
        assertThat(vm.presetProperty().get()).isEqualTo(RankingPreset.BUDGET);
    }

    @Test
    void withoutATargetRateTheRateFactorIsNotUsedAndABadTargetIsSaid() {
        source.setAll(person("a", "Ana", 90, false));
        assertThat(vm.why().get(Factor.RATE.ordinal())).isEqualTo("Rate near target: not used (no target set)");
        vm.targetRateProperty().set("abc");
        assertThat(vm.errorProperty().get()).contains("must be a number above 0");
        vm.targetRateProperty().set("40");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.why().get(Factor.RATE.ordinal())).startsWith("Rate near target: 100% of the best");
    }

    @Test
    void allWeightsZeroIsExplainedInsteadOfScoringNothing() {
        source.setAll(person("a", "Ana", 90, false));
        for (Factor f : Factor.values()) {
            vm.weightProperty(f).set(0);
        }
        assertThat(vm.errorProperty().get()).isEqualTo("Give at least one factor a weight above 0.");
        assertThat(vm.ranked()).isEmpty();
    }
}
