package com.talentfinder.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Summary figures of one group of hourly rates in ONE currency, the way salary surveys report them.
 *
 * <p>Caveat for every reader: these are the <b>asking</b> rates of the freelancers Upwork ranked first for a
 * query (badged talent ranks higher), not rates paid. The caller must never mix currencies in one call.
 *
 * <p>Precision: everything is {@link BigDecimal}. Min, max and the percentiles are exact (linear interpolation
 * of decimal inputs at decimal ranks terminates). The mean is rounded to {@value Decimals#QUOTIENT_SCALE}
 * decimal places, half-even. All figures are given without trailing zeros ({@code 7.6}, not {@code 7.60}),
 * so {@code equals} works on them; compare with {@code compareTo} when in doubt. Rounding to cents for
 * display is the UI's job.
 *
 * <p>Below {@link Confidence#MIN_FOR_PERCENTILES} values the percentiles (P10 to P90, median included) are
 * null and {@link #confidence()} is {@link Confidence#TOO_FEW}; min, max and mean are still given when there
 * is at least one value, and the values themselves are always kept. An empty group has only nulls.
 *
 * @param values the values, ascending, unmodifiable
 */
public record RateStatistics(int count, List<BigDecimal> values, BigDecimal min, BigDecimal p10, BigDecimal p25,
                             BigDecimal median, BigDecimal p75, BigDecimal p90, BigDecimal max, BigDecimal mean,
                             Confidence confidence) {

    private static final BigDecimal P10 = new BigDecimal("0.10");
    private static final BigDecimal P25 = new BigDecimal("0.25");
    private static final BigDecimal P50 = new BigDecimal("0.50");
    private static final BigDecimal P75 = new BigDecimal("0.75");
    private static final BigDecimal P90 = new BigDecimal("0.90");

    public RateStatistics {
        values = List.copyOf(values);
    }

    /** The figures of the given values (any order; nulls are not allowed: leave out missing rates first). */
    public static RateStatistics of(Collection<BigDecimal> rates) {
        List<BigDecimal> sorted = new ArrayList<>(rates.size());
        for (BigDecimal r : rates) {
            sorted.add(Decimals.plain(Objects.requireNonNull(r, "a rate")));
        }
        sorted.sort(null);
        int n = sorted.size();
        Confidence confidence = Confidence.forCount(n);
        if (n == 0) {
            return new RateStatistics(0, sorted, null, null, null, null, null, null, null, null, confidence);
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Decimals.divide(sum, BigDecimal.valueOf(n));
        boolean enough = confidence != Confidence.TOO_FEW;
        return new RateStatistics(n, sorted, sorted.get(0),
                enough ? percentileInc(sorted, P10) : null,
                enough ? percentileInc(sorted, P25) : null,
                enough ? percentileInc(sorted, P50) : null,
                enough ? percentileInc(sorted, P75) : null,
                enough ? percentileInc(sorted, P90) : null,
                sorted.get(n - 1), mean, confidence);
    }

    /** True when there are enough values for percentiles. */
    public boolean hasPercentiles() {
        return confidence != Confidence.TOO_FEW;
    }

    /**
     * Excel's PERCENTILE.INC: rank {@code h = p·(n−1)} (0-based) on the ascending values, then linear
     * interpolation {@code x[⌊h⌋] + (h−⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}. Exact for decimal inputs.
     *
     * @param sortedAscending at least one value, ascending
     * @param p               between 0 and 1 inclusive
     */
    public static BigDecimal percentileInc(List<BigDecimal> sortedAscending, BigDecimal p) {
        int n = sortedAscending.size();
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("p must be within 0..1");
        }
        BigDecimal rank = p.multiply(BigDecimal.valueOf(n - 1L));
        int lower = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(lower));
        BigDecimal low = sortedAscending.get(lower);
        if (fraction.signum() == 0 || lower + 1 >= n) {
            return Decimals.plain(low);
        }
        BigDecimal high = sortedAscending.get(lower + 1);
        return Decimals.plain(low.add(fraction.multiply(high.subtract(low))));
    }
}
