package com.talentfinder.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentfinder.domain.Badge;
import org.junit.jupiter.api.Test;

class FactorScalesTest {

    @Test
    void earningsHoursAndJobsUseALogScaleUpToTheirCap() {
        // log10(1000)/log10(1e6) = 3/6 = 0.5; log10(100)/log10(1e4) = 0.5; log10(10)/log10(100) = 0.5
        assertThat(FactorScales.logScale(1_000, FactorScales.EARNINGS_CAP)).isCloseTo(0.5, within(1e-12));
        assertThat(FactorScales.logScale(100, FactorScales.HOURS_CAP)).isCloseTo(0.5, within(1e-12));
        assertThat(FactorScales.logScale(10, FactorScales.JOBS_CAP)).isCloseTo(0.5, within(1e-12));
        assertThat(FactorScales.logScale(1_000_000, FactorScales.EARNINGS_CAP)).isCloseTo(1, within(1e-12));
        assertThat(FactorScales.logScale(5_000_000, FactorScales.EARNINGS_CAP)).isEqualTo(1);
        assertThat(FactorScales.logScale(1, FactorScales.JOBS_CAP)).isZero();
        assertThat(FactorScales.logScale(0, FactorScales.JOBS_CAP)).isZero();
        assertThat(FactorScales.logScale(-3, FactorScales.JOBS_CAP)).isZero();
        assertThat(FactorScales.logScale(Double.NaN, FactorScales.JOBS_CAP)).isZero();
    }

    @Test
    void jssAndBadgesHaveFixedLevels() {
        assertThat(FactorScales.jss(90)).isCloseTo(0.9, within(1e-12));
        assertThat(FactorScales.jss(130)).isEqualTo(1);
        assertThat(FactorScales.badge(null)).isZero();
        assertThat(FactorScales.badge(Badge.TOP_RATED)).isEqualTo(0.5);
        assertThat(FactorScales.badge(Badge.TOP_RATED_PLUS)).isEqualTo(0.75);
        assertThat(FactorScales.badge(Badge.EXPERT_VETTED)).isEqualTo(1);
        assertThat(FactorScales.skills(2, 4)).isEqualTo(0.5);
    }
}
