package com.talentfinder.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one set of rules for showing a freelancer's figures, used by the screens and the exports alike (no
 * JavaFX, no words: the UI adds the words from its bundle).
 *
 * <ul>
 *   <li>Earnings and hours are rounded <em>down</em> to whole numbers: Upwork's "$12,345+" is a lower bound,
 *       so nothing we show may be more than the freelancer reported.</li>
 *   <li>A value that was not sent, or is absurd (a stored value past the sanity limits), is {@code null}:
 *       the screens show their one missing-value text for it, the exports a blank cell.</li>
 * </ul>
 */
public final class Figures {

    /** No lifetime earnings are above ten billion (the same limit the API cleaning applies). */
    public static final BigDecimal MAX_EARNINGS = new BigDecimal("10000000000");
    /** No one has worked more hours than this. */
    public static final double MAX_HOURS = 10_000_000;

    private Figures() {
    }

    /** Whole US dollars earned, rounded down; null when hidden, not sent or absurd. */
    public static Long wholeEarnings(Freelancer f) {
        BigDecimal e = f.totalEarnings();
        if (f.earningsHidden() || e == null || e.scale() > 40 || e.scale() < -20
                || e.signum() < 0 || e.compareTo(MAX_EARNINGS) > 0) {
            return null;
        }
        return e.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Whole hours, rounded down; null when not sent or absurd. */
    public static Long wholeHours(Double hours) {
        if (hours == null || !Double.isFinite(hours) || hours < 0 || hours > MAX_HOURS) {
            return null;
        }
        return (long) Math.floor(hours);
    }

    /** Completed jobs; null when not sent or negative. */
    public static Long jobs(Integer jobs) {
        return jobs == null || jobs < 0 ? null : jobs.longValue();
    }

    /** "$12,345+": how Upwork shows earnings (a lower bound in US dollars). */
    public static String earningsText(long wholeDollars) {
        return "$" + grouped(wholeDollars) + "+";
    }

    /** "12,345": US grouping without a formatter (tables show thousands of these). */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
