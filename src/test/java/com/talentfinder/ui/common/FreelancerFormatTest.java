package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FreelancerFormatTest {

    private static final Clock NOON_UTC = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsOffsetWithALabelAfterIt() {
        assertThat(FreelancerFormat.zoneOf("UTC+02:00 Israel")).contains(ZoneOffset.ofHours(2));
    }

    @Test
    void readsNegativeOffsetWithParenthesesInTheLabel() {
        assertThat(FreelancerFormat.zoneOf("UTC-05:00 Eastern Time (US & Canada)"))
                .contains(ZoneOffset.ofHours(-5));
    }

    @Test
    void readsPlainUtc() {
        assertThat(FreelancerFormat.zoneOf("UTC")).contains(ZoneOffset.UTC);
    }

    @Test
    void readsHalfHourOffsetsAndShortForms() {
        assertThat(FreelancerFormat.zoneOf("UTC+05:30 India")).contains(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(FreelancerFormat.zoneOf("GMT-3")).contains(ZoneOffset.ofHours(-3));
    }

    @Test
    void rejectsTextItCannotRead() {
        assertThat(FreelancerFormat.zoneOf("Pacific time")).isEmpty();
        assertThat(FreelancerFormat.zoneOf("UTC+25:00 Nowhere")).isEmpty();
        assertThat(FreelancerFormat.zoneOf("UTCX")).isEmpty();
        assertThat(FreelancerFormat.zoneOf(null)).isEmpty();
    }

    @Test
    void showsLocalTimeAfterTheLocation() {
        assertThat(FreelancerFormat.locationWithLocalTime(Freelancers.inTimezone("UTC+02:00 Kyiv"), NOON_UTC))
                .isEqualTo("Lviv, Ukraine \u00b7 14:00 local time (UTC+02:00)");
    }

    @Test
    void showsJustTheLocationWhenTheTimezoneIsUnreadable() {
        assertThat(FreelancerFormat.locationWithLocalTime(Freelancers.inTimezone("somewhere"), NOON_UTC))
                .isEqualTo("Lviv, Ukraine");
    }

    @Test
    void formatsRatesWithTheirOwnCurrency() {
        assertThat(FreelancerFormat.rate(new BigDecimal("35.0"), "USD")).isEqualTo("$35/hr");
        assertThat(FreelancerFormat.rate(new BigDecimal("42.5"), "EUR")).isEqualTo("\u20ac42.50/hr");
        assertThat(FreelancerFormat.rate(new BigDecimal("1200"), "CHF")).isEqualTo("1,200 CHF/hr");
    }

    @Test
    void neverAssumesDollarsWithoutACurrency() {
        assertThat(FreelancerFormat.rate(new BigDecimal("35"), null)).isEqualTo("35/hr (currency not given)");
        assertThat(FreelancerFormat.rate(null, "USD")).isEqualTo("\u2014");
    }

    @Test
    void formatsJobSuccessAndEarnings() {
        assertThat(FreelancerFormat.jobSuccess(Freelancers.olena())).isEqualTo("98%");
        assertThat(FreelancerFormat.earnings(Freelancers.olena())).isEqualTo("$12,345+");
        assertThat(FreelancerFormat.jobSuccess(Freelancers.hidden())).isEqualTo("hidden");
        assertThat(FreelancerFormat.earnings(Freelancers.hidden())).isEqualTo("hidden");
    }

    @Test
    void saysNoScoreYetWhenThereIsNone() {
        assertThat(FreelancerFormat.jobSuccess(Freelancers.withUnsafeUrls("x", null))).isEqualTo("no score yet");
    }
}
