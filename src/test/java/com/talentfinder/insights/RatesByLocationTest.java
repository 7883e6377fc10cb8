package com.talentfinder.insights;

import static com.talentfinder.insights.Profiles.d;
import static com.talentfinder.insights.Profiles.rated;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.LocationKey.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RatesByLocationTest {

    private static List<Freelancer> sample() {
        return List.of(
                rated("b1", "Brazil", "10", "USD"), rated("b2", "Brazil", "20", "USD"),
                rated("b3", "Brazil", "30", "USD"), rated("b4", "Brazil", "40", "USD"),
                rated("b5", "Brazil", "100", "USD"),
                rated("g1", "Germany", "50", "USD"), rated("g2", "Germany ", "60", "usd"),
                rated("g3", "Germany", "70", "USD"),
                rated("e1", "Germany", "45", "EUR"), rated("e2", "Germany", "55", "EUR"),
                rated("u1", null, "15", "USD"), rated("u2", "  ", "25", "USD"));
    }

    @Test
    void groupsByCountryAndCurrencyLargestFirst() {
        // Brazil USD n=5; Germany USD n=3 ("Germany " and "usd" normalised); Germany EUR n=2; unknown USD n=2
        // (tie on n: a named country before unknown)
        RatesByLocation r = RatesByLocation.of(sample());
        assertThat(r.groups()).extracting(RateGroup::key).containsExactly(
                LocationKey.of("Brazil", "USD"), LocationKey.of("Germany", "USD"),
                LocationKey.of("Germany", "EUR"), new LocationKey(Kind.UNKNOWN_COUNTRY, null, "USD"));
        assertThat(r.groups()).extracting(g -> g.stats().count()).containsExactly(5, 3, 2, 2);
        assertThat(r.included()).isEqualTo(12);
        assertThat(r.excluded()).isZero();
    }

    @Test
    void eachGroupHasItsOwnFigures() {
        // Brazil {10,20,30,40,100}: P90 h=3.6 -> 40+0.6·60 = 76; median 30; mean 200/5 = 40
        RateGroup brazil = RatesByLocation.of(sample()).groups().get(0);
        assertThat(brazil.stats().median()).isEqualTo(d("30"));
        assertThat(brazil.stats().p90()).isEqualTo(d("76"));
        assertThat(brazil.stats().mean()).isEqualTo(d("40"));
        assertThat(brazil.stats().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void currenciesOfOneCountryAreNeverMixed() {
        // Germany USD {50,60,70} mean 60; Germany EUR {45,55} mean 50: never one group of 5 (mean 56)
        RatesByLocation r = RatesByLocation.of(sample());
        assertThat(r.groups().get(1).stats().mean()).isEqualTo(d("60"));
        assertThat(r.groups().get(2).stats().mean()).isEqualTo(d("50"));
        assertThat(r.groups()).noneMatch(g -> g.stats().count() == 5 && g.key().country().equals("Germany"));
    }

    @Test
    void freelancersWithoutARateOrCurrencyAreLeftOutAndCounted() {
        List<Freelancer> in = new ArrayList<>(sample());
        in.add(rated("x1", "Brazil", null, "USD"));
        in.add(rated("x2", "Brazil", "30", null));
        in.add(rated("x3", "Brazil", "30", " "));
        in.add(rated("x4", "Brazil", "0", "USD"));
        in.add(rated("x5", "Brazil", "-5", "USD"));
        in.add(rated("x1", "Brazil", null, "USD")); // the same profile again: counted once
        in.add(rated("b1", "Brazil", "10", "USD")); // a repeat of a rated profile: not pooled twice
        RatesByLocation r = RatesByLocation.of(in);
        assertThat(r.excluded()).isEqualTo(5);
        assertThat(r.groups().get(0).stats().count()).isEqualTo(5);
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        List<Freelancer> shuffled = new ArrayList<>(sample());
        Collections.shuffle(shuffled, new Random(14));
        assertThat(RatesByLocation.of(shuffled)).isEqualTo(RatesByLocation.of(sample()));
    }

    @Test
    void equalGroupsSortByCountryThenCurrency() {
        RatesByLocation r = RatesByLocation.of(List.of(
                rated("1", "india", "10", "USD"), rated("2", "Chile", "10", "USD"),
                rated("3", "Chile", "10", "EUR"), rated("4", "Austria", "10", "USD")));
        assertThat(r.groups()).extracting(g -> g.key().country() + "/" + g.key().currency())
                .containsExactly("Austria/USD", "Chile/EUR", "Chile/USD", "india/USD");
    }

    @Test
    void anEmptyListGivesNoGroups() {
        RatesByLocation r = RatesByLocation.of(List.of());
        assertThat(r.groups()).isEmpty();
        assertThat(r.excluded()).isZero();
        assertThat(r.forChart()).isEmpty();
    }

    @Test
    void theChartPoolsAllButTheFifteenLargestPerCurrency() {
        List<Freelancer> in = new ArrayList<>();
        for (int c = 1; c <= 15; c++) {
            for (int i = 0; i < 6; i++) {
                in.add(rated("c" + c + "-" + i, "Country " + (char) ('A' + c), "50", "USD"));
            }
        }
        in.add(rated("x1", "Xland", "1", "USD"));
        in.add(rated("x2", "Xland", "2", "USD"));
        in.add(rated("y1", "Yland", "3", "USD"));
        in.add(rated("y2", "Yland", "4", "USD"));
        in.add(rated("y3", "Yland", "10", "USD"));
        in.add(rated("z1", "Zland", "7", "EUR"));
        in.add(rated("u1", null, "8", "EUR"));
        RatesByLocation r = RatesByLocation.of(in);
        assertThat(r.groups()).hasSize(19);

        List<RateGroup> chart = r.forChart();
        assertThat(chart).hasSize(17);
        assertThat(chart.subList(0, 15)).isEqualTo(r.groups().subList(0, 15));
        // other USD pools {1,2} and {3,4,10} into {1,2,3,4,10}: median 3, P90 7.6 (no group had a median)
        RateGroup otherUsd = chart.get(15);
        assertThat(otherUsd.key()).isEqualTo(LocationKey.otherCountries("USD"));
        assertThat(otherUsd.stats().count()).isEqualTo(5);
        assertThat(otherUsd.stats().median()).isEqualTo(d("3"));
        assertThat(otherUsd.stats().p90()).isEqualTo(d("7.6"));
        // other EUR pools Zland {7} and the unknown country {8}
        RateGroup otherEur = chart.get(16);
        assertThat(otherEur.key()).isEqualTo(LocationKey.otherCountries("EUR"));
        assertThat(otherEur.stats().values()).containsExactly(d("7"), d("8"));
    }

    @Test
    void aChartOfFewGroupsIsTheGroupsThemselves() {
        RatesByLocation r = RatesByLocation.of(sample());
        assertThat(r.forChart()).isEqualTo(r.groups());
        assertThat(r.forChart(2)).extracting(g -> g.key().kind()).containsExactly(
                Kind.COUNTRY, Kind.COUNTRY, Kind.OTHER_COUNTRIES, Kind.OTHER_COUNTRIES);
    }
}
