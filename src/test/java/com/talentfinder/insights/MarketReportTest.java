package com.talentfinder.insights;

import static com.talentfinder.insights.Profiles.d;
import static com.talentfinder.insights.Profiles.rated;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketReportTest {

    private static List<Freelancer> wordpress() {
        return List.of(
                rated("1", "Brazil", "1", "USD", Badge.TOP_RATED),
                rated("2", "Chile", "2", "USD", Badge.TOP_RATED_PLUS),
                rated("3", "India", "3", "USD", Badge.EXPERT_VETTED), rated("4", "India", "4", "USD"),
                rated("5", null, "10", "USD"), rated("6", "India", null, null));
    }

    @Test
    void aKeywordPoolsAllCountriesOfOneCurrency() {
        // rates {1,2,3,4,10}: median 3, P90 7.6, mean 4; 3 badged of 6 fetched = 0.5; 1 without rate
        KeywordMarket k = KeywordMarket.of("wordpress", 1234, wordpress());
        assertThat(k.totalResults()).isEqualTo(1234);
        assertThat(k.fetched()).isEqualTo(6);
        assertThat(k.topRated()).isEqualTo(3);
        assertThat(k.topRatedShare()).isEqualTo(d("0.5"));
        assertThat(k.excluded()).isEqualTo(1);
        assertThat(k.currencies()).singleElement().satisfies(c -> {
            assertThat(c.currency()).isEqualTo("USD");
            assertThat(c.stats().median()).isEqualTo(d("3"));
            assertThat(c.stats().p90()).isEqualTo(d("7.6"));
            assertThat(c.stats().mean()).isEqualTo(d("4"));
        });
    }

    @Test
    void severalCurrenciesGiveOneRowEachLargestFirst() {
        List<Freelancer> in = List.of(rated("1", "A", "10", "EUR"), rated("2", "A", "20", "USD"),
                rated("3", "A", "30", "USD"), rated("4", "A", "40", "usd"), rated("5", "A", "50", "EUR"));
        MarketReport report = new MarketReport(List.of(KeywordMarket.of("react", 99, in)));
        List<MarketReport.Row> rows = report.rows();
        assertThat(rows).extracting(MarketReport.Row::currency).containsExactly("USD", "EUR");
        assertThat(rows).extracting(r -> r.stats().count()).containsExactly(3, 2);
        // USD {20,30,40} mean 30; EUR {10,50} mean 30: same keyword figures on both rows
        assertThat(rows).extracting(r -> r.stats().mean()).containsExactly(d("30"), d("30"));
        assertThat(rows).extracting(MarketReport.Row::totalResults).containsExactly(99L, 99L);
        assertThat(rows).extracting(MarketReport.Row::topRatedShare).containsExactly(d("0"), d("0"));
    }

    @Test
    void equalCurrenciesSortByCode() {
        KeywordMarket k = KeywordMarket.of("go", 4, List.of(rated("1", "A", "1", "USD"),
                rated("2", "A", "1", "GBP"), rated("3", "A", "1", "EUR")));
        assertThat(k.currencies()).extracting(KeywordMarket.CurrencyRates::currency)
                .containsExactly("EUR", "GBP", "USD");
    }

    @Test
    void aKeywordWithoutRatesStillGetsARow() {
        MarketReport report = new MarketReport(List.of(
                KeywordMarket.of("cobol", 7, List.of(rated("1", "A", null, "USD", Badge.TOP_RATED)))));
        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.keyword()).isEqualTo("cobol");
            assertThat(r.totalResults()).isEqualTo(7);
            assertThat(r.currency()).isNull();
            assertThat(r.stats().count()).isZero();
            assertThat(r.topRatedShare()).isEqualTo(d("1"));
        });
    }

    @Test
    void nothingFetchedHasNoShareRatherThanZero() {
        KeywordMarket k = KeywordMarket.of("nothing", 0, List.of());
        assertThat(k.topRatedShare()).isNull();
        assertThat(k.fetched()).isZero();
    }

    @Test
    void aShareThatDoesNotTerminateHasTenPlaces() {
        // 1 of 3 = 0.3333333333
        KeywordMarket k = KeywordMarket.of("x", 3, List.of(rated("1", "A", "5", "USD", Badge.TOP_RATED),
                rated("2", "A", "5", "USD"), rated("3", "A", "5", "USD")));
        assertThat(k.topRatedShare()).isEqualTo(d("0.3333333333"));
    }

    @Test
    void repeatedProfilesCountOnce() {
        Freelancer badged = rated("1", "A", "5", "USD", Badge.TOP_RATED);
        KeywordMarket k = KeywordMarket.of("x", 3, List.of(badged, badged, rated("2", "A", "5", "USD")));
        assertThat(k.fetched()).isEqualTo(2);
        assertThat(k.topRatedShare()).isEqualTo(d("0.5"));
        assertThat(k.currencies().get(0).stats().count()).isEqualTo(2);
    }

    @Test
    void rowsKeepTheKeywordOrder() {
        MarketReport report = new MarketReport(List.of(KeywordMarket.of("wordpress", 1, wordpress()),
                KeywordMarket.of("angular", 2, List.of(rated("9", "A", "9", "USD")))));
        assertThat(report.rows()).extracting(MarketReport.Row::keyword).containsExactly("wordpress", "angular");
    }
}
