package com.talentfinder.insights;

import static com.talentfinder.insights.Profiles.d;
import static com.talentfinder.insights.Profiles.decimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected figures are hand-computed (rank h = p·(n−1), 0-based) and agree with Excel's PERCENTILE.INC. */
class RateStatisticsTest {

    @Test
    void fiveValuesGiveEveryFigureAsExcelDoes() {
        // {1,2,3,4,10}, n=5, h=p·4: P10 h=0.4 -> 1+0.4·1 = 1.4; P25 h=1 -> 2; P50 h=2 -> 3; P75 h=3 -> 4;
        // P90 h=3.6 -> 4+0.6·(10−4) = 7.6; mean 20/5 = 4
        RateStatistics s = RateStatistics.of(decimals("10", "1", "4", "3", "2"));
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.min()).isEqualTo(d("1"));
        assertThat(s.p10()).isEqualTo(d("1.4"));
        assertThat(s.p25()).isEqualTo(d("2"));
        assertThat(s.median()).isEqualTo(d("3"));
        assertThat(s.p75()).isEqualTo(d("4"));
        assertThat(s.p90()).isEqualTo(d("7.6"));
        assertThat(s.max()).isEqualTo(d("10"));
        assertThat(s.mean()).isEqualTo(d("4"));
        assertThat(s.confidence()).isEqualTo(Confidence.LOW);
        assertThat(s.values()).containsExactlyElementsOf(decimals("1", "2", "3", "4", "10"));
    }

    @Test
    void decimalRatesStayExactAndLoseTrailingZeros() {
        // {12.50, 20.00, 35.75, 40, 100.10}: P10 h=0.4 -> 12.5+0.4·7.5 = 15.5; P90 h=3.6 -> 40+0.6·60.1 = 76.06;
        // mean 208.35/5 = 41.67
        RateStatistics s = RateStatistics.of(decimals("12.50", "20.00", "35.75", "40", "100.10"));
        assertThat(s.min()).isEqualTo(d("12.5"));
        assertThat(s.p10()).isEqualTo(d("15.5"));
        assertThat(s.p25()).isEqualTo(d("20"));
        assertThat(s.median()).isEqualTo(d("35.75"));
        assertThat(s.p75()).isEqualTo(d("40"));
        assertThat(s.p90()).isEqualTo(d("76.06"));
        assertThat(s.max()).isEqualTo(d("100.1"));
        assertThat(s.mean()).isEqualTo(d("41.67"));
    }

    @Test
    void tiesInterpolateBetweenEqualNeighbours() {
        // {5,5,5,10,10,20}, n=6, h=p·5: P10 h=0.5 -> 5; P25 h=1.25 -> 5; P50 h=2.5 -> 5+0.5·5 = 7.5;
        // P75 h=3.75 -> 10; P90 h=4.5 -> 10+0.5·10 = 15; mean 55/6 = 9.1666666667 (10 places, half-even)
        RateStatistics s = RateStatistics.of(decimals("5", "10", "5", "20", "5", "10"));
        assertThat(s.p10()).isEqualTo(d("5"));
        assertThat(s.p25()).isEqualTo(d("5"));
        assertThat(s.median()).isEqualTo(d("7.5"));
        assertThat(s.p75()).isEqualTo(d("10"));
        assertThat(s.p90()).isEqualTo(d("15"));
        assertThat(s.mean()).isEqualTo(d("9.1666666667"));
    }

    @Test
    void allEqualValuesGiveThatValueEverywhere() {
        RateStatistics s = RateStatistics.of(decimals("30", "30.0", "30.00", "30", "30", "30", "30"));
        for (BigDecimal v : List.of(s.min(), s.p10(), s.p25(), s.median(), s.p75(), s.p90(), s.max(), s.mean())) {
            assertThat(v).isEqualTo(d("30"));
        }
        assertThat(s.count()).isEqualTo(7);
    }

    @Test
    void anEmptySetHasNoFiguresAtAll() {
        RateStatistics s = RateStatistics.of(List.of());
        assertThat(s.count()).isZero();
        assertThat(s.values()).isEmpty();
        assertThat(s.min()).isNull();
        assertThat(s.median()).isNull();
        assertThat(s.max()).isNull();
        assertThat(s.mean()).isNull();
        assertThat(s.confidence()).isEqualTo(Confidence.TOO_FEW);
        assertThat(s.hasPercentiles()).isFalse();
    }

    @Test
    void oneValueIsKeptButGivesNoPercentiles() {
        RateStatistics s = RateStatistics.of(decimals("25"));
        assertThat(s.values()).containsExactly(d("25"));
        assertThat(s.min()).isEqualTo(d("25"));
        assertThat(s.max()).isEqualTo(d("25"));
        assertThat(s.mean()).isEqualTo(d("25"));
        assertThat(s.p10()).isNull();
        assertThat(s.median()).isNull();
        assertThat(s.p90()).isNull();
        assertThat(s.confidence()).isEqualTo(Confidence.TOO_FEW);
    }

    @Test
    void fourValuesAreStillTooFewToSay() {
        // mean (10+20+30+40)/4 = 25
        RateStatistics s = RateStatistics.of(decimals("10", "20", "30", "40"));
        assertThat(s.hasPercentiles()).isFalse();
        assertThat(s.p25()).isNull();
        assertThat(s.p75()).isNull();
        assertThat(s.mean()).isEqualTo(d("25"));
        assertThat(s.values()).hasSize(4);
    }

    @Test
    void confidenceFollowsTheSurveyBands() {
        assertThat(Confidence.forCount(0)).isEqualTo(Confidence.TOO_FEW);
        assertThat(Confidence.forCount(4)).isEqualTo(Confidence.TOO_FEW);
        assertThat(Confidence.forCount(5)).isEqualTo(Confidence.LOW);
        assertThat(Confidence.forCount(14)).isEqualTo(Confidence.LOW);
        assertThat(Confidence.forCount(15)).isEqualTo(Confidence.MEDIUM);
        assertThat(Confidence.forCount(49)).isEqualTo(Confidence.MEDIUM);
        assertThat(Confidence.forCount(50)).isEqualTo(Confidence.HIGH);
    }

    @Test
    void fiftyValuesAreHighConfidence() {
        // 1..50: h=p·49; P10 h=4.9 -> 5+0.9 = 5.9; median h=24.5 -> 25.5; P90 h=44.1 -> 45.1; mean 1275/50 = 25.5
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 50; i >= 1; i--) {
            values.add(BigDecimal.valueOf(i));
        }
        RateStatistics s = RateStatistics.of(values);
        assertThat(s.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(s.p10()).isEqualTo(d("5.9"));
        assertThat(s.median()).isEqualTo(d("25.5"));
        assertThat(s.p90()).isEqualTo(d("45.1"));
        assertThat(s.mean()).isEqualTo(d("25.5"));
    }

    @Test
    void percentileIncMatchesExcelOnOneToTen() {
        // Excel: PERCENTILE.INC({1..10}, 0.25) = 3.25 (h=2.25); 0.9 -> 9.1 (h=8.1); 0 -> 1; 1 -> 10
        List<BigDecimal> oneToTen = decimals("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(RateStatistics.percentileInc(oneToTen, d("0.25"))).isEqualTo(d("3.25"));
        assertThat(RateStatistics.percentileInc(oneToTen, d("0.9"))).isEqualTo(d("9.1"));
        assertThat(RateStatistics.percentileInc(oneToTen, d("0"))).isEqualTo(d("1"));
        assertThat(RateStatistics.percentileInc(oneToTen, d("1"))).isEqualTo(d("10"));
    }

    @Test
    void percentileIncRefusesWhatHasNoAnswer() {
        assertThatThrownBy(() -> RateStatistics.percentileInc(List.of(), d("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateStatistics.percentileInc(decimals("1"), d("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        List<BigDecimal> withNull = new ArrayList<>(decimals("1"));
        withNull.add(null);
        assertThatThrownBy(() -> RateStatistics.of(withNull)).isInstanceOf(NullPointerException.class);
    }
}
