package com.talentfinder.insights;

import static com.talentfinder.insights.Profiles.d;
import static com.talentfinder.insights.Profiles.ranked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.FactorScore.Status;
import com.talentfinder.insights.FactorScore.UnknownReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingScoreTest {

    /** jss 40, earnings 20, hours 10, jobs 10, badges 20, rate 10, skills 10. */
    private static final Weights WEIGHTS = Weights.of(40, 20, 10, 10, 20, 10, 10);

    /** JSS 90 -> 0.9; $1,000 -> 0.5; 100 h -> 0.5; 10 jobs -> 0.5; Top Rated -> 0.5. */
    private static Freelancer typical(String id, Integer jss, boolean jssHidden) {
        return ranked(id, jss, jssHidden, "1000", false, 100.0, 10, Badge.TOP_RATED, "45", List.of("Java", "sql"));
    }

    @Test
    void everyFactorKnownGivesTheWeightedMean() {
        // rate and skills not applicable (no target, no skills): known weights 40+20+10+10+20 = 100
        // points: jss 40·0.9 = 36, earnings 20·0.5 = 10, hours 5, jobs 5, badges 10 -> 66.0
        ScoreBreakdown b = RankingScore.score(typical("a", 90, false), RankingCriteria.of(WEIGHTS));
        assertThat(b.state()).isEqualTo(ScoreBreakdown.State.SCORED);
        assertThat(b.score()).isEqualByComparingTo("66.0");
        assertThat(b.contributions()).isEqualTo(Map.of(
                Factor.JSS, d("36.0"), Factor.EARNINGS, d("10.0"), Factor.HOURS, d("5.0"),
                Factor.JOBS, d("5.0"), Factor.BADGES, d("10.0")));
        assertThat(b.contributions().keySet()).containsExactly(Factor.JSS, Factor.EARNINGS, Factor.HOURS,
                Factor.JOBS, Factor.BADGES);
        assertThat(b.factor(Factor.RATE).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(b.factor(Factor.SKILLS).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(b.unknown()).isEmpty();
        assertThat(b.spreadWeight()).isZero();
        assertThat(b.formulaVersion()).isEqualTo(RankingScore.FORMULA_VERSION);
    }

    @Test
    void aHiddenJssSpreadsItsWeightOverTheOthers() {
        // known: earnings 20, hours 10, jobs 10, badges 20 = 60; Σ w·v = 10+5+5+10 = 30 -> 100·30/60 = 50.0
        // exact points: earnings 16.67, hours 8.33, jobs 8.33, badges 16.67; floors 16.6+8.3+8.3+16.6 = 49.8,
        // the two missing tenths go to the largest remainders (earnings, badges)
        ScoreBreakdown b = RankingScore.score(typical("h", null, true), RankingCriteria.of(WEIGHTS));
        assertThat(b.score()).isEqualByComparingTo("50.0");
        assertThat(b.contributions()).isEqualTo(Map.of(Factor.EARNINGS, d("16.7"),
                Factor.HOURS, d("8.3"), Factor.JOBS, d("8.3"), Factor.BADGES, d("16.7")));
        FactorScore jss = b.factor(Factor.JSS);
        assertThat(jss.status()).isEqualTo(Status.UNKNOWN);
        assertThat(jss.reason()).isEqualTo(UnknownReason.HIDDEN);
        assertThat(jss.contribution()).isNull();
        assertThat(b.spreadWeight()).isEqualTo(40);
        // received: 40·20/60 = 13.33 for earnings, 40·10/60 = 6.67 for hours
        assertThat(b.factor(Factor.EARNINGS).receivedWeight()).isCloseTo(13.3333, within(1e-4));
        assertThat(b.factor(Factor.HOURS).receivedWeight()).isCloseTo(6.6667, within(1e-4));
        assertThat(b.factor(Factor.EARNINGS).effectiveWeight()).isCloseTo(33.3333, within(1e-4));
    }

    @Test
    void aMissingJssIsUnknownTooButNotHidden() {
        ScoreBreakdown b = RankingScore.score(typical("m", null, false), RankingCriteria.of(WEIGHTS));
        assertThat(b.factor(Factor.JSS).reason()).isEqualTo(UnknownReason.MISSING);
        assertThat(b.score()).isEqualByComparingTo("50.0");
    }

    @Test
    void unknownIsNotZero() {
        // a hidden JSS must not score like a JSS of 0: with JSS 0 the score is (0+30)/100 = 30.0, not 50.0
        ScoreBreakdown zero = RankingScore.score(typical("z", 0, false), RankingCriteria.of(WEIGHTS));
        ScoreBreakdown hidden = RankingScore.score(typical("h", null, true), RankingCriteria.of(WEIGHTS));
        assertThat(zero.score()).isEqualByComparingTo("30.0");
        assertThat(hidden.score()).isGreaterThan(zero.score());
    }

    @Test
    void allFactorsUnknownLeavesTheScoreUndefined() {
        Freelancer f = ranked("u", null, true, null, true, null, null, null, null, List.of());
        ScoreBreakdown b = RankingScore.score(f, RankingCriteria.of(Weights.parse("jss=50,earnings=30,hours=20")));
        assertThat(b.state()).isEqualTo(ScoreBreakdown.State.UNDEFINED);
        assertThat(b.isScored()).isFalse();
        assertThat(b.score()).isNull();
        assertThat(b.exactScore()).isNull();
        assertThat(b.contributions()).isEmpty();
        assertThat(b.unknown()).extracting(FactorScore::factor)
                .containsExactly(Factor.JSS, Factor.EARNINGS, Factor.HOURS);
        assertThat(b.spreadWeight()).isZero();
    }

    @Test
    void rateClosenessCountsOnlyInTheTargetCurrency() {
        RankingCriteria c = new RankingCriteria(Weights.parse("rate=100"), d("50"), "usd", List.of());
        // 45 vs 50: 1 − 5/50 = 0.9 -> 90.0
        assertThat(RankingScore.score(typical("r", 90, false), c).score()).isEqualByComparingTo("90.0");
        Freelancer euro = new Freelancer("e", "E", null, null, "https://www.upwork.com/freelancers/e", null,
                d("45"), "EUR", null, null, null, null, List.of(), 90, false, null, false, null, null,
                false, false, false, false);
        ScoreBreakdown b = RankingScore.score(euro, c);
        assertThat(b.factor(Factor.RATE).reason()).isEqualTo(UnknownReason.OTHER_CURRENCY);
        assertThat(b.isScored()).isFalse();
        Freelancer noRate = ranked("n", 90, false, null, false, null, null, null, null, List.of());
        assertThat(RankingScore.score(noRate, c).factor(Factor.RATE).reason()).isEqualTo(UnknownReason.MISSING);
    }

    @Test
    void rateClosenessFallsToZeroAtTwiceTheTarget() {
        assertThat(FactorScales.rateCloseness(d("50"), d("50"))).isEqualTo(1.0);
        assertThat(FactorScales.rateCloseness(d("55"), d("50"))).isCloseTo(0.9, within(1e-12));
        assertThat(FactorScales.rateCloseness(d("25"), d("50"))).isCloseTo(0.5, within(1e-12));
        assertThat(FactorScales.rateCloseness(d("100"), d("50"))).isZero();
        assertThat(FactorScales.rateCloseness(d("120"), d("50"))).isZero();
    }

    @Test
    void skillsMatchCaseInsensitivelyOverDistinctRequiredSkills() {
        // required {java, sql, react} (repeats dropped); the profile lists Java and sql: 2/3 -> 66.666… -> 66.7
        RankingCriteria c = new RankingCriteria(Weights.parse("skills=100"), null, null,
                List.of("Java", " java ", "SQL", "React", " "));
        assertThat(c.requiredSkills()).containsExactly("java", "sql", "react");
        ScoreBreakdown b = RankingScore.score(typical("s", 90, false), c);
        assertThat(b.factor(Factor.SKILLS).value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.score()).isEqualByComparingTo("66.7");
        assertThat(b.contributions()).isEqualTo(Map.of(Factor.SKILLS, d("66.7")));
    }

    @Test
    void notApplicableAndZeroWeightFactorsAreLeftOutNotSpread() {
        ScoreBreakdown b = RankingScore.score(typical("n", 90, false),
                RankingCriteria.of(Weights.parse("jss=50,rate=50")));
        // rate has weight but no target: left out; jss alone: 0.9 -> 90.0
        assertThat(b.score()).isEqualByComparingTo("90.0");
        assertThat(b.factor(Factor.RATE).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(b.factor(Factor.HOURS).status()).isEqualTo(Status.ZERO_WEIGHT);
        assertThat(b.spreadWeight()).isZero();
        assertThat(b.factor(Factor.JSS).receivedWeight()).isZero();
    }

    @Test
    void contributionsAlwaysAddUpToTheScore() {
        java.util.Random random = new java.util.Random(82);
        Badge[] badges = {null, Badge.TOP_RATED, Badge.TOP_RATED_PLUS, Badge.EXPERT_VETTED};
        for (int i = 0; i < 500; i++) {
            Freelancer f = ranked("p" + i, random.nextBoolean() ? random.nextInt(101) : null, random.nextBoolean(),
                    random.nextBoolean() ? String.valueOf(random.nextInt(2_000_000)) : null, false,
                    random.nextDouble() * 20_000, random.nextInt(300), badges[random.nextInt(4)],
                    String.valueOf(1 + random.nextInt(200)), List.of("a", "b", "c").subList(0, random.nextInt(4)));
            Weights w = Weights.of(random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101),
                    random.nextInt(101), random.nextInt(101), random.nextInt(101));
            ScoreBreakdown b = RankingScore.score(f, new RankingCriteria(w, d("60"), "USD", List.of("a", "c", "d")));
            if (b.isScored()) {
                BigDecimal sum = b.contributions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as("sum for %s", f.id()).isEqualByComparingTo(b.score());
                assertThat(b.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                assertThat(b.contributions().values()).allMatch(p -> p.signum() >= 0 && p.scale() == 1);
            }
        }
    }

    @Test
    void largestRemainderGivesTheMissingTenthToTheBiggestRest() {
        // 33.333333333 + 33.333333333 + 33.333333334 = 100.0; floors 99.9; the third has the largest rest
        BigDecimal[] out = RankingScore.largestRemainder(new BigDecimal[] {d("33.333333333"), null,
                d("33.333333333"), d("33.333333334")}, d("100.0"));
        assertThat(out).containsExactly(d("33.3"), null, d("33.3"), d("33.4"));
    }

    @Test
    void rankSortsHighestFirstUndefinedLastAndKeepsTiesInOrder() {
        RankingCriteria c = RankingCriteria.of(Weights.parse("jss=100"));
        List<RankingScore.Ranked> r = RankingScore.rank(List.of(typical("hidden", null, true),
                typical("low", 50, false), typical("tieA", 90, false), typical("top", 99, false),
                typical("tieB", 90, false)), c);
        assertThat(r).extracting(x -> x.freelancer().id()).containsExactly("top", "tieA", "tieB", "low", "hidden");
    }
}
