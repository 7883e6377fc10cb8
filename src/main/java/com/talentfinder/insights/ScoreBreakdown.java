package com.talentfinder.insights;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One freelancer's ranking score and why ("why 82").
 *
 * <p>Rounding: each known factor's exact points ({@code 100 × weight × value ÷ known weights}) are first
 * rounded to 9 decimals (to absorb floating-point noise); the score is their sum rounded half-up to one
 * decimal; the contributions are cut to one decimal and the tenths still missing go to the largest remainders
 * (ties: factor order). So the contributions always add up exactly to {@link #score()}.
 *
 * @param state      {@link State#UNDEFINED} when no factor in play has a value: then score is null, not 0
 * @param score      0–100 with one decimal, or null
 * @param exactScore the unrounded score (for sorting), or null
 * @param factors    every factor, in {@link Factor} order
 */
public record ScoreBreakdown(int formulaVersion, State state, BigDecimal score, Double exactScore,
                             List<FactorScore> factors) {

    /** Whether there is a score. */
    public enum State { SCORED, UNDEFINED }

    public ScoreBreakdown {
        factors = List.copyOf(factors);
    }

    public boolean isScored() {
        return state == State.SCORED;
    }

    public FactorScore factor(Factor f) {
        return factors.get(f.ordinal());
    }

    /** The factors that would have counted but had no value, in factor order. */
    public List<FactorScore> unknown() {
        return factors.stream().filter(s -> s.status() == FactorScore.Status.UNKNOWN).toList();
    }

    /** The weight moved from unknown factors to known ones (0 when nothing was unknown or nothing known). */
    public int spreadWeight() {
        return isScored() ? unknown().stream().mapToInt(FactorScore::weight).sum() : 0;
    }

    /** Points per known factor, in factor order; they add up to {@link #score()}. Empty when undefined. */
    public Map<Factor, BigDecimal> contributions() {
        Map<Factor, BigDecimal> m = new EnumMap<>(Factor.class);
        for (FactorScore s : factors) {
            if (s.contribution() != null) {
                m.put(s.factor(), s.contribution());
            }
        }
        return m;
    }
}
