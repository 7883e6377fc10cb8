package com.talentfinder.insights;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One weight 0–100 per {@link Factor}; a factor not named weighs 0 (and is left out of the score). Weights
 * need not add up to 100: the score divides by the weights in play.
 */
public record Weights(Map<Factor, Integer> byFactor) {

    public static final int MAX = 100;

    public Weights {
        EnumMap<Factor, Integer> copy = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            Integer w = byFactor.get(f);
            int v = w == null ? 0 : w;
            if (v < 0 || v > MAX) {
                throw new WeightSpecException(WeightSpecException.Code.OUT_OF_RANGE, f.code() + "=" + v);
            }
            copy.put(f, v);
        }
        byFactor = Collections.unmodifiableMap(copy);
    }

    /** Weights in {@link Factor} order: jss, earnings, hours, jobs, badges, rate, skills. */
    public static Weights of(int jss, int earnings, int hours, int jobs, int badges, int rate, int skills) {
        int[] w = {jss, earnings, hours, jobs, badges, rate, skills};
        Map<Factor, Integer> m = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            m.put(f, w[f.ordinal()]);
        }
        return new Weights(m);
    }

    public int weight(Factor f) {
        return byFactor.get(f);
    }

    /**
     * Reads {@code "jss=40,rate=20,skills=10"}: comma-separated {@code factor=weight}, spaces allowed, factor
     * names case-insensitive, whole numbers 0–100; factors not named weigh 0.
     *
     * @throws WeightSpecException with a {@link WeightSpecException.Code} saying what is wrong
     */
    public static Weights parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new WeightSpecException(WeightSpecException.Code.EMPTY, null);
        }
        Map<Factor, Integer> m = new EnumMap<>(Factor.class);
        for (String part : spec.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0 || part.indexOf('=', eq + 1) >= 0 || part.isBlank()) {
                throw new WeightSpecException(WeightSpecException.Code.MALFORMED, part);
            }
            Factor f = Factor.fromCode(part.substring(0, eq));
            if (f == null) {
                throw new WeightSpecException(WeightSpecException.Code.UNKNOWN_FACTOR, part);
            }
            if (m.containsKey(f)) {
                throw new WeightSpecException(WeightSpecException.Code.DUPLICATE_FACTOR, part);
            }
            m.put(f, parseWeight(part, part.substring(eq + 1).strip()));
        }
        Weights w = new Weights(m);
        if (w.total() == 0) {
            throw new WeightSpecException(WeightSpecException.Code.ALL_ZERO, null);
        }
        return w;
    }

    private static int parseWeight(String part, String number) {
        String digits = number.startsWith("-") ? number.substring(1) : number;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new WeightSpecException(WeightSpecException.Code.NOT_A_NUMBER, part);
        }
        if (number.startsWith("-") || digits.length() > 9 || Integer.parseInt(digits) > MAX) {
            throw new WeightSpecException(WeightSpecException.Code.OUT_OF_RANGE, part);
        }
        return Integer.parseInt(digits);
    }

    /** The sum of all weights. */
    public int total() {
        return byFactor.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The spec that {@link #parse} reads back, every factor named, e.g. {@code "jss=40,earnings=0,…"}. */
    public String toSpec() {
        StringBuilder sb = new StringBuilder();
        byFactor.forEach((f, w) -> sb.append(sb.length() == 0 ? "" : ",").append(f.code()).append('=').append(w));
        return sb.toString();
    }

    /** Factor code to weight, in factor order: the shape of the {@code weights} object in JSON. */
    public Map<String, Integer> byCode() {
        Map<String, Integer> m = new LinkedHashMap<>();
        byFactor.forEach((f, w) -> m.put(f.code(), w));
        return m;
    }
}
