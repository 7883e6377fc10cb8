package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values an older version stored uncleaned: no formatter expands their exponent (issue 10, point 2). */
class AbsurdStoredValuesFormatTest {

    private static Freelancer stored(String rate, String earnings, Double hours) {
        return new Freelancer("~01old", "Old", "t", "d", "https://www.upwork.com/freelancers/~01old", null,
                new BigDecimal(rate), "USD", null, null, null, null, List.of(), 50, false, new BigDecimal(earnings),
                false, hours, 1, false, false, false, false);
    }

    @Test
    @Timeout(5)
    void aHugeExponentIsShownAsNotGivenAtOnce() {
        Freelancer f = stored("9e999999999", "9e999999999", Double.MAX_VALUE);
        assertThat(FreelancerFormat.rate(f.hourlyRate(), "USD")).hasSizeLessThan(40);
        assertThat(FreelancerFormat.earnings(f)).hasSizeLessThan(40);
        assertThat(FreelancerFormat.hours(f.totalHours())).hasSizeLessThan(40);
        assertThat(ResultFormats.hours(f)).hasSizeLessThan(40);
        assertThat(ResultFormats.earnings(f)).isEqualTo(ResultFormats.missing());
        assertThat(ResultFormats.rate(f)).hasSizeLessThan(40);
    }

    @Test
    @Timeout(5)
    void aTinyExponentIsShownWithoutMillionsOfZeros() {
        Freelancer f = stored("1e-100000000", "1e-100000000", 1.0);
        assertThat(FreelancerFormat.rate(f.hourlyRate(), "USD")).hasSizeLessThan(40);
        assertThat(FreelancerFormat.earnings(f)).hasSizeLessThan(40);
        assertThat(ResultFormats.earnings(f)).hasSizeLessThan(40);
    }
}
