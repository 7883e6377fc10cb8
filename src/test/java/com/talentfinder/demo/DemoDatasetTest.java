package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    private static final DemoDataset DATA = DemoDataset.shared();

    private static List<ObjectNode> records() {
        return DATA.entries().stream().map(DemoDataset.Entry::toJson).toList();
    }

    private static double fraction(Predicate<ObjectNode> p) {
        List<ObjectNode> all = records();
        return all.stream().filter(p).count() / (double) all.size();
    }

    private static BigDecimal rate(ObjectNode r) {
        JsonNode n = r.get("hourly_rate");
        return n.isNull() ? null : new BigDecimal(n.asText());
    }

    private static double median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2).doubleValue();
    }

    private static double medianRate(Predicate<ObjectNode> p) {
        return median(records().stream().filter(p).map(DemoDatasetTest::rate).filter(r -> r != null).toList());
    }

    @Test
    void holdsAtLeast3000Freelancers() {
        assertThat(DATA.size()).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void coversAtLeast40Skills() {
        Set<String> skills = DATA.entries().stream().flatMap(e -> e.skills().stream()).collect(Collectors.toSet());
        assertThat(skills).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void coversAtLeast50Countries() {
        Set<String> countries = records().stream().map(r -> r.get("country").asText()).collect(Collectors.toSet());
        assertThat(countries).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void twoBuildsAreIdentical() {
        DemoDataset a = DemoDataset.generate(DemoDataset.DEFAULT_SEED, DemoDataset.DEFAULT_SIZE);
        DemoDataset b = DemoDataset.generate(DemoDataset.DEFAULT_SEED, DemoDataset.DEFAULT_SIZE);
        List<String> jsonA = a.entries().stream().map(e -> e.toJson().toString()).toList();
        List<String> jsonB = b.entries().stream().map(e -> e.toJson().toString()).toList();
        assertThat(jsonA).isEqualTo(jsonB);
        assertThat(jsonA).isEqualTo(DATA.entries().stream().map(e -> e.toJson().toString()).toList());
    }

    @Test
    void anotherSeedGivesOtherRecords() {
        DemoDataset other = DemoDataset.generate(42, 100);
        assertThat(other.entries().get(0).ciphertext()).isNotEqualTo(DATA.entries().get(0).ciphertext());
    }

    @Test
    void ciphertextsAreUniqueAndUpworkShaped() {
        Set<String> ids = new HashSet<>();
        for (DemoDataset.Entry e : DATA.entries()) {
            assertThat(e.ciphertext()).matches("~01[0-9a-f]{16}");
            ids.add(e.ciphertext());
        }
        assertThat(ids).hasSize(DATA.size());
    }

    @Test
    void namesAreFirstNameAndLastInitial() {
        Pattern upwork = Pattern.compile("\\S.* \\p{Lu}\\.");
        assertThat(DATA.entries()).allSatisfy(e -> assertThat(e.name()).matches(upwork));
    }

    @Test
    void namesIncludeUnicodeFromManyRegions() {
        List<String> names = DATA.entries().stream().map(DemoDataset.Entry::name).toList();
        long nonAscii = names.stream().filter(n -> n.chars().anyMatch(c -> c > 127)).count();
        assertThat(nonAscii).isGreaterThan(names.size() / 10);
        for (String letter : List.of("ë", "é", "ø", "ł", "ş", "ễ", "Ł", "Ø")) {
            assertThat(names).anyMatch(n -> n.contains(letter));
        }
    }

    @Test
    void someScoresAndEarningsAreHidden() {
        assertThat(fraction(r -> r.get("hide_jss").asBoolean())).isBetween(0.03, 0.10);
        assertThat(fraction(r -> r.get("hide_earnings").asBoolean())).isBetween(0.03, 0.10);
    }

    @Test
    void mostHavePortraitsAndVerifiedIds() {
        assertThat(fraction(r -> !r.get("portrait_url").isNull())).isBetween(0.80, 0.90);
        assertThat(fraction(r -> r.get("id_verified").asBoolean())).isBetween(0.80, 0.95);
    }

    @Test
    void ratesDependOnCountry() {
        double us = medianRate(r -> r.get("country").asText().equals("United States"));
        double india = medianRate(r -> r.get("country").asText().equals("India"));
        assertThat(us).isGreaterThan(india * 2);
    }

    @Test
    void ratesDependOnSkill() {
        double ml = medianRate(r -> r.get("skills").toString().contains("\"Machine Learning\""));
        double wordpress = medianRate(r -> r.get("skills").toString().contains("\"WordPress\""));
        assertThat(ml).isGreaterThan(wordpress * 1.5);
    }

    @Test
    void ratesAreMostlyDecimalStringsAndSometimesNumbers() {
        assertThat(fraction(r -> r.get("hourly_rate").isTextual())).isGreaterThan(0.85);
        assertThat(fraction(r -> r.get("hourly_rate").isNumber())).isGreaterThan(0.01);
        assertThat(records()).filteredOn(r -> r.get("hourly_rate").isTextual())
                .allSatisfy(r -> assertThat(r.get("hourly_rate").asText()).matches("\\d+\\.\\d"));
    }

    @Test
    void someCountsAreSentAsStrings() {
        assertThat(fraction(r -> r.get("total_hours").isTextual())).isGreaterThan(0.02);
        assertThat(fraction(r -> r.get("total_completed_jobs").isTextual())).isGreaterThan(0.02);
        assertThat(fraction(r -> r.get("total_earnings").isTextual())).isGreaterThan(0.02);
    }

    @Test
    void currencyIsMostlyUsdWithSomeEuroAndPound() {
        Map<String, Long> byCurrency = records().stream()
                .collect(Collectors.groupingBy(r -> r.get("currency").asText(), Collectors.counting()));
        assertThat(byCurrency.get("USD")).isGreaterThan(DATA.size() * 9L / 10);
        assertThat(byCurrency).containsKeys("EUR", "GBP");
    }

    @Test
    void jobSuccessScoresAreMostlyHighWithSomeLowAndSomeMissing() {
        List<Double> scores = records().stream().map(r -> r.get("job_success_score"))
                .filter(n -> !n.isNull()).map(n -> Double.parseDouble(n.asText())).toList();
        assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(scores.stream().filter(s -> s >= 0.85).count()).isGreaterThan(scores.size() * 7L / 10);
        assertThat(scores).anyMatch(s -> s < 0.8);
        assertThat(fraction(r -> r.get("job_success_score").isNull())).isBetween(0.05, 0.30);
    }

    @Test
    void newcomersHaveNoHistoryAndNoScore() {
        assertThat(records()).filteredOn(r -> r.get("total_completed_jobs").asText().equals("0"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.get("total_earnings").asDouble()).isZero();
                    assertThat(r.get("total_hours").asDouble()).isZero();
                    assertThat(r.get("job_success_score").isNull()).isTrue();
                });
    }

    @Test
    void badgesUseExactStringsAndFollowTheRules() {
        assertThat(records()).allSatisfy(r -> {
            assertThat(r.get("top_rated").isNull() || Set.of("top_rated", "not_eligible")
                    .contains(r.get("top_rated").asText())).isTrue();
            assertThat(r.get("top_rated_plus").isNull() || Set.of("top_rated_plus", "not_eligible")
                    .contains(r.get("top_rated_plus").asText())).isTrue();
            boolean topRated = "top_rated".equals(r.get("top_rated").asText());
            if ("top_rated_plus".equals(r.get("top_rated_plus").asText()) || r.get("vetted").asBoolean()) {
                assertThat(topRated).isTrue();
            }
            if (topRated) {
                assertThat(Double.parseDouble(r.get("job_success_score").asText())).isGreaterThanOrEqualTo(0.9);
                assertThat(Double.parseDouble(r.get("total_earnings").asText())).isGreaterThanOrEqualTo(1000);
            }
        });
        assertThat(fraction(r -> r.get("vetted").asBoolean())).isBetween(0.001, 0.08);
        assertThat(fraction(r -> "top_rated_plus".equals(r.get("top_rated_plus").asText()))).isGreaterThan(0.05);
    }

    @Test
    void eachCityHasOneTimezoneAndState() {
        Map<String, Set<String>> zones = new HashMap<>();
        for (ObjectNode r : records()) {
            if (!r.get("city").isNull() && !r.get("timezone").isNull()) {
                String key = r.get("country").asText() + "/" + r.get("city").asText();
                zones.computeIfAbsent(key, k -> new HashSet<>())
                        .add(r.get("timezone").asText() + "|" + r.get("state").asText());
            }
        }
        assertThat(zones.values()).allSatisfy(set -> assertThat(set).hasSize(1));
        assertThat(records()).filteredOn(r -> !r.get("timezone").isNull())
                .allSatisfy(r -> assertThat(r.get("timezone").asText()).matches("UTC[+-]\\d\\d:\\d\\d .+"));
    }

    @Test
    void urlsPointAtUpworkWithTheCiphertext() {
        assertThat(records()).allSatisfy(r -> {
            String id = r.get("ciphertext").asText();
            assertThat(r.get("profile_url").asText()).isEqualTo("https://www.upwork.com/freelancers/" + id);
            if (!r.get("portrait_url").isNull()) {
                assertThat(r.get("portrait_url").asText())
                        .isEqualTo("https://www.upwork.com/profile-portraits/demo/" + id);
            }
        });
    }

    @Test
    void descriptionsHaveTwoToFourSentences() {
        Pattern sentenceEnd = Pattern.compile("[.!?](\\s|$)");
        assertThat(DATA.entries()).filteredOn(e -> !e.name().contains("."))
                .allSatisfy(e -> assertThat(sentenceEnd.matcher(e.description()).results().count()).isBetween(2L, 4L));
    }

    @Test
    void findLooksUpByCiphertext() {
        DemoDataset.Entry some = DATA.entries().get(123);
        assertThat(DATA.find(some.ciphertext())).containsSame(some);
        assertThat(DATA.find("~01nope")).isEmpty();
        assertThat(DATA.find(null)).isEmpty();
    }
}
