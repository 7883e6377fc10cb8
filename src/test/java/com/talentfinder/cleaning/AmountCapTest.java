package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The caps on money amounts, at their edges (the check skips the comparison when the digits decide it). */
class AmountCapTest {

    private static BigDecimal rate(String v) {
        return FreelancerCleaning.amount(new BigDecimal(v), FreelancerCleaning.MAX_RATE);
    }

    private static BigDecimal earnings(String v) {
        return FreelancerCleaning.amount(new BigDecimal(v), FreelancerCleaning.MAX_EARNINGS);
    }

    @Test
    void keepsAmountsUpToTheCapInAnyScale() {
        for (String v : new String[] {"0", "0.00", "9999", "9999.999", "10000", "10000.00", "1E+4", "1.0000E+4",
                "0.5", "1E-40", "35.50"}) {
            assertThat(rate(v)).as(v).isEqualTo(new BigDecimal(v));
        }
        for (String v : new String[] {"9999999999.99", "10000000000", "1E+10", "10000000000.000"}) {
            assertThat(earnings(v)).as(v).isEqualTo(new BigDecimal(v));
        }
    }

    @Test
    void dropsAmountsAboveTheCapOrBelowZero() {
        for (String v : new String[] {"10000.01", "10001", "1.00001E+4", "99999", "1E+5", "-0.01", "-1E+3"}) {
            assertThat(rate(v)).as(v).isNull();
        }
        for (String v : new String[] {"10000000000.01", "10000000001", "1E+11", "-5"}) {
            assertThat(earnings(v)).as(v).isNull();
        }
        assertThat(rate("1E+30")).isNull(); // not sane at all
        assertThat(FreelancerCleaning.amount(null, FreelancerCleaning.MAX_RATE)).isNull();
    }
}
