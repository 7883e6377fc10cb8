package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.insights.SupplyObservation;
import com.talentfinder.ui.SyncTaskRunner;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupplyViewModelTest {

    private final FakeInsightsPort port = new FakeInsightsPort();
    private final SupplyViewModel vm = new SupplyViewModel(port, new SyncTaskRunner());

    private void observe(String day, String q, long total, String method) {
        port.observations.add(new SupplyObservation(Instant.parse(day + "T10:00:00Z"), q, total, method));
    }

    @Test
    void theWatchlistLoadsWithASeriesPerKeywordAndMarksMethodChanges() {
        port.watch.add("WordPress");
        port.watch.add("webflow");
        observe("2026-11-01", "wordpress", 4000, "search/v1");
        observe("2026-11-08", "WordPress ", 4100, "search/v1");
        observe("2026-11-15", "wordpress", 4900, "search/v2");
        vm.load();
        assertThat(vm.series()).hasSize(2);
        assertThat(vm.series().get(0).points()).hasSize(3);
        assertThat(vm.series().get(0).points().get(2).methodChanged()).isTrue();
        assertThat(vm.series().get(1).points()).isEmpty();
        assertThat(vm.methodChangedProperty().get()).isTrue();
        assertThat(SupplyViewModel.seriesName(vm.series().get(0))).isEqualTo("freelancers offering wordpress");
    }

    @Test
    void checkNowShowsItsCostFirstAndMakesOneCallPerKeyword() {
        vm.add("wordpress");
        vm.add("shopify");
        vm.add("Shopify");
        assertThat(vm.watchlist()).containsExactly("wordpress", "shopify");
        assertThat(port.watch).containsExactly("wordpress", "shopify");
        assertThat(vm.checkCostProperty().get()).isEqualTo("2 credits on your plan");
        assertThat(port.calls).isZero();
        vm.checkNow();
        assertThat(port.calls).isEqualTo(2);
        assertThat(vm.statusProperty().get()).isEqualTo("2 new counts recorded.");
        assertThat(vm.series()).allMatch(s -> s.points().size() == 1);
    }

    @Test
    void removingAKeywordSavesTheWatchlist() {
        vm.add("wordpress");
        vm.add("shopify");
        vm.remove("wordpress");
        assertThat(port.watch).containsExactly("shopify");
        assertThat(vm.series()).hasSize(1);
    }

    @Test
    void aFailedCheckIsAPlainSentence() {
        vm.add("wordpress");
        port.fail = true;
        vm.checkNow();
        assertThat(vm.errorProperty().get()).startsWith("The figures could not be fetched.");
        assertThat(vm.checkingProperty().get()).isFalse();
    }
}
