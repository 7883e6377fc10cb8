package com.talentfinder.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place that decides how insight numbers are scaled, so tests and JSON see one form. */
final class Decimals {

    /** Decimal places kept for a quotient that does not terminate (a mean, a share). */
    static final int QUOTIENT_SCALE = 10;

    private Decimals() {
    }

    /**
     * The same value without trailing zeros and never in exponent form: 7.60 becomes 7.6, 1E+2 becomes 100.
     * Equal by {@code compareTo} to the input; makes {@code equals} and JSON output predictable.
     */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    /** {@code a / b} to {@link #QUOTIENT_SCALE} places, half-even, then {@link #plain}. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return plain(a.divide(b, QUOTIENT_SCALE, RoundingMode.HALF_EVEN));
    }
}
