package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MarketViewModelTest {

    private final FakeInsightsPort port = new FakeInsightsPort();
    private final MarketViewModel vm = new MarketViewModel(port, new SyncTaskRunner(), ZoneOffset.UTC);

    @Test
    void theCostCountsEveryKeywordAndPageBeforeStarting() {
        vm.keywordsProperty().set("wordpress, shopify,  webflow, WordPress");
        vm.pagesProperty().set(2);
        assertThat(vm.costProperty().get()).isEqualTo("6 credits on your plan");
        assertThat(port.calls).isZero();
    }

    @Test
    void aReportHasARowPerKeywordWithTheCaveat() {
        vm.keywordsProperty().set("wordpress, shopify, webflow");
        vm.start();
        assertThat(vm.rows()).extracting(r -> r.keyword()).contains("wordpress", "shopify", "webflow");
        assertThat(vm.rows().get(0).totalResults()).isPositive();
        assertThat(vm.rows().get(0).topRatedShare()).isNotNull();
        assertThat(vm.caveatProperty().get()).contains("ASKING rates").contains("Fetched on 30 Nov 2026");
        assertThat(vm.titleProperty().get()).isEqualTo("New report");
    }

    @Test
    void cancelKeepsTheKeywordsFetchedSoFar() {
        port.afterPage = done -> {
            if (done == 1) {
                vm.cancel();
            }
        };
        vm.keywordsProperty().set("wordpress, shopify, webflow");
        vm.start();
        assertThat(port.calls).isEqualTo(1);
        assertThat(vm.rows()).extracting(r -> r.keyword()).containsOnly("wordpress");
        assertThat(vm.runState().statusProperty().get()).startsWith("Cancelled");
    }

    @Test
    void savedReportsReopenWithoutSpending() {
        vm.keywordsProperty().set("wordpress, shopify");
        vm.start();
        vm.save("  ");
        assertThat(vm.runState().errorProperty().get()).isEqualTo("Give the report a name to save it.");
        vm.save("Q4 web rates");
        assertThat(vm.savedReports()).extracting(InsightsPort.SavedReport::name).containsExactly("Q4 web rates");
        int spent = port.calls;
        MarketViewModel later = new MarketViewModel(port, new SyncTaskRunner(), ZoneOffset.UTC);
        later.reloadSaved();
        later.open(later.savedReports().get(0));
        assertThat(port.calls).isEqualTo(spent);
        assertThat(later.rows()).hasSameSizeAs(vm.rows());
        assertThat(later.titleProperty().get()).isEqualTo("Q4 web rates");
        assertThat(later.runState().statusProperty().get()).contains("No credits were spent");
    }

    @Test
    void exportGoesThroughThePortAndACancelledDialogDoesNothing() {
        vm.keywordsProperty().set("wordpress");
        vm.start();
        vm.export(InsightsPort.ExportFormat.CSV, null);
        assertThat(port.exported).isEmpty();
        vm.export(InsightsPort.ExportFormat.XLSX, Path.of("/tmp/report.xlsx"));
        assertThat(port.exported).containsExactly("XLSX:report.xlsx");
        assertThat(vm.runState().statusProperty().get()).isEqualTo("Saved report.xlsx.");
        port.fail = true;
        vm.export(InsightsPort.ExportFormat.CSV, Path.of("/tmp/r.csv"));
        assertThat(vm.runState().errorProperty().get()).startsWith("The file could not be written.");
    }

    @Test
    void noKeywordsIsSaidPlainly() {
        vm.keywordsProperty().set(" , ");
        vm.start();
        assertThat(vm.runState().errorProperty().get()).startsWith("Type one or more keywords");
        assertThat(port.calls).isZero();
    }
}
