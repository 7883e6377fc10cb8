package com.talentfinder.insights;

import com.talentfinder.domain.Badge;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How each ranking factor becomes a number from 0 to 1 (formula version {@value RankingScore#FORMULA_VERSION}).
 * Every function is monotone and simple enough to say in a sentence:
 * <ul>
 *   <li>JSS: the score divided by 100 (JSS 90 gives 0.9).</li>
 *   <li>Earnings, hours, jobs: a log scale up to a cap, {@code log10(x) / log10(cap)}, 0 below 1, 1 at the cap
 *       and above; each tenfold step adds the same amount. Earnings: cap $1,000,000, so $1,000 gives 0.5.
 *       Hours: cap 10,000, so 100 hours give 0.5. Jobs: cap 100, so 10 jobs give 0.5 (1 job gives 0).</li>
 *   <li>Badges: none 0, Top Rated 0.5, Top Rated Plus 0.75, Expert-Vetted 1.</li>
 *   <li>Rate: {@code 1 − |rate − target| / target}, at least 0: the target itself gives 1, 10% off gives 0.9,
 *       twice the target or more (or nothing) gives 0. Cheaper and dearer count alike.</li>
 *   <li>Skills: required skills the profile lists, divided by required skills (case-insensitive).</li>
 * </ul>
 */
public final class FactorScales {

    public static final double EARNINGS_CAP = 1_000_000;
    public static final double HOURS_CAP = 10_000;
    public static final double JOBS_CAP = 100;

    private FactorScales() {
    }

    public static double jss(int score) {
        return clamp(score / 100.0);
    }

    /** {@code log10(x) / log10(cap)} clamped to 0..1; 0 for x ≤ 1. */
    public static double logScale(double x, double cap) {
        if (!(x > 1)) {
            return 0;
        }
        return clamp(Math.log10(x) / Math.log10(cap));
    }

    /** @param badge the highest badge, or null for none */
    public static double badge(Badge badge) {
        if (badge == null) {
            return 0;
        }
        return switch (badge) {
            case TOP_RATED -> 0.5;
            case TOP_RATED_PLUS -> 0.75;
            case EXPERT_VETTED -> 1.0;
        };
    }

    /** @param target positive; both in the same currency */
    public static double rateCloseness(BigDecimal rate, BigDecimal target) {
        BigDecimal off = rate.subtract(target).abs().divide(target, MathContext.DECIMAL64);
        return clamp(1 - off.doubleValue());
    }

    public static double skills(int matched, int required) {
        return required == 0 ? 0 : clamp((double) matched / required);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
