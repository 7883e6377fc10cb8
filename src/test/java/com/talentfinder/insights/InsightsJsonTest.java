package com.talentfinder.insights;

import static com.talentfinder.insights.Profiles.rated;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.domain.Badge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field names and values the JSON shapes promise, written by the project's Jackson. */
class InsightsJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void reportRatesHasTheDocumentedFields() throws Exception {
        RatesByLocation rates = RatesByLocation.of(List.of(rated("1", "Brazil", "1", "USD"),
                rated("2", "Brazil", "2", "USD"), rated("3", "Brazil", "3", "USD"), rated("4", "Brazil", "4", "USD"),
                rated("5", "Brazil", "10", "USD"), rated("6", null, "20.50", "EUR"), rated("7", "Peru", null, "USD")));
        String json = mapper.writeValueAsString(InsightsJson.RatesReport.of("wordpress", 3, rates));
        assertThat(json).startsWith("{\"query\":\"wordpress\",\"pages_fetched\":3,\"excluded\":1,\"groups\":[")
                .contains("{\"country\":\"Brazil\",\"group\":\"country\",\"currency\":\"USD\",\"count\":5,\"min\":1,"
                        + "\"p10\":1.4,\"p25\":2,\"median\":3,\"p75\":4,\"p90\":7.6,\"max\":10,\"mean\":4,"
                        + "\"confidence\":\"low\"}")
                .contains("{\"country\":null,\"group\":\"unknown_country\",\"currency\":\"EUR\",\"count\":1,"
                        + "\"min\":20.5,\"p10\":null,\"p25\":null,\"median\":null,\"p75\":null,\"p90\":null,"
                        + "\"max\":20.5,\"mean\":20.5,\"confidence\":\"too_few\"}")
                .doesNotContain("stats").doesNotContain("values");
    }

    @Test
    void reportMarketHasOneRowPerKeywordAndCurrency() throws Exception {
        MarketReport report = new MarketReport(List.of(KeywordMarket.of("react", 812, List.of(
                rated("1", "A", "30", "USD", Badge.TOP_RATED), rated("2", "A", "40", "EUR")))));
        JsonNode root = mapper.readTree(mapper.writeValueAsString(InsightsJson.MarketReportJson.of(report)));
        JsonNode rows = root.get("keywords");
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("keyword").asText()).isEqualTo("react");
        assertThat(first.get("total_results").asLong()).isEqualTo(812);
        assertThat(first.get("top_rated_share").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(first.get("currency").asText()).isEqualTo("EUR"); // 1 each: EUR before USD
        assertThat(first.get("count").asInt()).isEqualTo(1);
        assertThat(first.get("mean").decimalValue()).isEqualByComparingTo("40");
        assertThat(first.get("median").isNull()).isTrue();
        assertThat(first.get("confidence").asText()).isEqualTo("too_few");
        assertThat(first.fieldNames()).toIterable().containsExactly("keyword", "total_results", "top_rated_share",
                "currency", "count", "min", "p10", "p25", "median", "p75", "p90", "max", "mean", "confidence");
    }

    @Test
    void rankHasTheFormulaVersionWeightsAndContributions() throws Exception {
        Weights weights = Weights.parse("jss=40,badges=20");
        List<RankingScore.Ranked> ranked = RankingScore.rank(List.of(
                Profiles.ranked("a", 90, false, null, false, null, null, Badge.TOP_RATED, null, List.of()),
                Profiles.ranked("h", null, true, null, false, null, null, null, null, List.of())),
                RankingCriteria.of(weights));
        JsonNode root = mapper.readTree(mapper.writeValueAsString(InsightsJson.RankReport.of(weights, ranked)));
        assertThat(root.get("formula_version").asInt()).isEqualTo(RankingScore.FORMULA_VERSION);
        assertThat(root.get("weights").get("jss").asInt()).isEqualTo(40);
        assertThat(root.get("weights").get("hours").asInt()).isZero();
        // a: (40·0.9 + 20·0.5)/60 = 46/60 -> 76.7 (jss 60.0, badges 16.7)
        JsonNode a = root.get("freelancers").get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("name").asText()).isEqualTo("Name a");
        assertThat(a.get("score").decimalValue()).isEqualByComparingTo("76.7");
        assertThat(a.get("contributions").get("jss").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(a.get("contributions").get("badges").decimalValue()).isEqualByComparingTo("16.7");
        // h: JSS hidden, badges known and 0 -> 0.0, and jss is listed as unknown
        JsonNode h = root.get("freelancers").get(1);
        assertThat(h.get("score").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(h.get("unknown").get(0).asText()).isEqualTo("jss");
    }
}
