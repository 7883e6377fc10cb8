package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.insights.DefaultInsightsService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Insights screen's port over the real service, on the embedded demo data (no key, no network). */
class ServiceInsightsPortTest {

    @TempDir
    Path home;

    private AppServices services;
    private ServiceInsightsPort port;

    @BeforeEach
    void open() {
        services = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()), Clock.systemUTC());
        port = new ServiceInsightsPort(DefaultInsightsService.of(services, false), home, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static InsightsPort.Progress progress(AtomicInteger updates, int cancelAfter) {
        return new InsightsPort.Progress() {
            @Override
            public void update(int done, int total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= cancelAfter;
            }
        };
    }

    @Test
    void ratesComeFromThePagesFetchedAndDemoDataCostsNothing() throws Exception {
        assertThat(port.ratesCost("react", 2)).isEqualTo(new InsightsPort.Cost(0, true));

        AtomicInteger updates = new AtomicInteger();
        InsightsPort.RatesFetch fetch = port.fetchRates("react", 2, progress(updates, Integer.MAX_VALUE));

        assertThat(fetch.pagesFetched()).isEqualTo(2);
        assertThat(fetch.cancelled()).isFalse();
        assertThat(fetch.freelancers()).hasSizeGreaterThan(50);
        assertThat(fetch.window()).isNotNull();
        assertThat(updates.get()).isPositive();
    }

    @Test
    void cancelStopsAfterThePageInFlightAndKeepsIt() throws Exception {
        InsightsPort.RatesFetch fetch = port.fetchRates("python", 5, progress(new AtomicInteger(), 1));

        assertThat(fetch.cancelled()).isTrue();
        assertThat(fetch.pagesFetched()).isBetween(1, 4);
        assertThat(fetch.freelancers()).isNotEmpty();
    }

    @Test
    void aMarketReportIsSavedReopenedAndExportedWithItsCaveat() throws Exception {
        InsightsPort.MarketFetch report = port.fetchMarket(List.of("react", "wordpress"), 1,
                progress(new AtomicInteger(), Integer.MAX_VALUE));
        assertThat(report.report().rows()).isNotEmpty();

        InsightsPort.SavedReport saved = port.saveReport("Q4 web", report);
        assertThat(port.savedReports()).extracting(InsightsPort.SavedReport::name).contains("Q4 web");
        InsightsPort.MarketFetch reopened = port.openReport(saved.id());
        assertThat(reopened.report().rows()).hasSameSizeAs(report.report().rows());

        Path csv = home.resolve("report");
        port.exportReport(reopened, InsightsPort.ExportFormat.CSV, csv);
        String text = Files.readString(home.resolve("report.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains("react").containsIgnoringCase("asking");
    }

    @Test
    void aTamperedWatchlistIsCleanedAndCapped() throws Exception {
        StringBuilder hostile = new StringBuilder("react\u0007\u202e\n\n=cmd|' /C calc'!A0\n");
        for (int i = 0; i < 500; i++) {
            hostile.append("skill").append(i).append('\n');
        }
        Files.writeString(home.resolve("insights-watchlist.txt"), hostile, StandardCharsets.UTF_8);

        List<String> list = port.watchlist();

        assertThat(list).hasSize(ServiceInsightsPort.MAX_WATCHLIST);
        assertThat(list.get(0)).isEqualTo("react");
        assertThat(list).noneMatch(String::isBlank);

        port.saveWatchlist(List.of("react", "rust"));
        assertThat(port.watchlist()).containsExactly("react", "rust");
    }
}
