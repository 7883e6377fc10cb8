package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.Confidence;
import com.talentfinder.insights.LocationKey;
import com.talentfinder.insights.RateGroup;
import com.talentfinder.ui.SyncTaskRunner;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatesViewModelTest {

    private final FakeInsightsPort port = new FakeInsightsPort();
    private final RatesViewModel vm = new RatesViewModel(port, new SyncTaskRunner(), ZoneOffset.UTC);

    @Test
    void theCostIsShownBeforeAnythingIsFetched() {
        vm.queryProperty().set("wordpress");
        assertThat(vm.costProperty().get()).isEqualTo("3 credits on your plan");
        vm.pagesProperty().set(5);
        assertThat(vm.costProperty().get()).isEqualTo("5 credits on your plan");
        assertThat(port.calls).isZero();
    }

    @Test
    void demoDataCostsNoCredits() {
        port.demo = true;
        vm.queryProperty().set("wordpress");
        assertThat(vm.costProperty().get()).isEqualTo("Demo data: no credits");
    }

    @Test
    void pagesDefaultToThreeAndStayWithinOneToTen() {
        assertThat(vm.pagesProperty().get()).isEqualTo(3);
        vm.pagesProperty().set(25);
        assertThat(vm.pagesProperty().get()).isEqualTo(10);
        vm.pagesProperty().set(0);
        assertThat(vm.pagesProperty().get()).isEqualTo(1);
    }

    @Test
    void aBlankQueryAsksForOneAndSpendsNothing() {
        vm.queryProperty().set("   ");
        vm.start();
        assertThat(vm.runState().errorProperty().get()).contains("Type what to search for");
        assertThat(port.calls).isZero();
    }

    @Test
    void fetchingShowsGroupsTheLargestFifteenAndTheExcludedCount() {
        vm.queryProperty().set("wordpress");
        vm.start();
        assertThat(port.calls).isEqualTo(3);
        assertThat(vm.groups()).isNotEmpty();
        assertThat(vm.chartGroups()).hasSizeLessThanOrEqualTo(15 + 3);
        assertThat(vm.chartGroups()).anyMatch(g -> g.key().kind() == LocationKey.Kind.OTHER_COUNTRIES);
        int excluded = vm.resultProperty().get().excluded();
        assertThat(excluded).isPositive();
        assertThat(vm.runState().statusProperty().get()).contains("from 3 pages").contains(excluded + " without a rate left out");
        assertThat(vm.caveatProperty().get()).contains("ASKING rates").contains("not rates paid")
                .contains("30 Nov 2026");
        assertThat(vm.runState().runningProperty().get()).isFalse();
    }

    @Test
    void cancelKeepsWhatWasFetched() {
        port.afterPage = done -> {
            if (done == 2) {
                vm.cancel();
            }
        };
        vm.queryProperty().set("wordpress");
        vm.pagesProperty().set(5);
        vm.start();
        assertThat(port.calls).isEqualTo(2);
        assertThat(vm.resultProperty().get().included() + vm.resultProperty().get().excluded()).isEqualTo(100);
        assertThat(vm.fetched()).hasSize(100);
        assertThat(vm.runState().statusProperty().get()).startsWith("Cancelled: showing what was fetched.")
                .contains("from 2 pages");
    }

    @Test
    void aFailureIsAPlainSentenceWithoutTheExceptionText() {
        port.fail = true;
        vm.queryProperty().set("wordpress");
        vm.start();
        assertThat(vm.runState().errorProperty().get()).startsWith("The figures could not be fetched.")
                .doesNotContain("secret-key-123");
        assertThat(vm.runState().runningProperty().get()).isFalse();
    }

    @Test
    void aSmallGroupSaysTooFewToSayAndHasNoPercentiles() {
        List<Freelancer> few = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            few.add(freelancer("a" + i, "Iceland", "40"));
        }
        for (int i = 0; i < 5; i++) {
            few.add(freelancer("b" + i, "Malta", String.valueOf(30 + i)));
        }
        port.freelancersByQuery.put("tiny", few);
        vm.queryProperty().set("tiny");
        vm.start();
        RateGroup iceland = group("Iceland");
        assertThat(iceland.stats().confidence()).isEqualTo(Confidence.TOO_FEW);
        assertThat(iceland.stats().median()).isNull();
        assertThat(InsightsText.confidence(iceland.stats().confidence())).isEqualTo("Too few to say");
        assertThat(group("Malta").stats().confidence()).isEqualTo(Confidence.LOW);
        assertThat(InsightsText.amount(iceland.stats().median())).isEqualTo("–");
    }

    @Test
    void sortingByAFigurePutsTooFewToSayAfterEveryNumber() {
        List<BigDecimal> medians = new ArrayList<>(java.util.Arrays.asList(new BigDecimal("40"), null,
                new BigDecimal("12.5")));
        medians.sort(FigureColumns.FIGURES);
        assertThat(medians).containsExactly(new BigDecimal("12.5"), new BigDecimal("40"), null);
    }

    private RateGroup group(String country) {
        return vm.groups().stream().filter(g -> country.equals(g.key().country())).findFirst().orElseThrow();
    }

    static Freelancer freelancer(String id, String country, String rate) {
        return new Freelancer(id, "N " + id, "t", null, "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal(rate), "USD", country, null, null, null, List.of(), 90, false, null, false, null, null,
                false, false, false, false);
    }
}
