package com.talentfinder.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.FactorScore.Status;
import com.talentfinder.insights.FactorScore.UnknownReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking score 0–100 you can explain. For the factors in play (weight above 0 and applicable), each
 * value 0..1 ({@link FactorScales}) is weighted; a factor without a value is unknown, not zero, and its
 * weight is spread over the known factors in proportion to their weights. Score =
 * {@code 100 × Σ(weight × value) ÷ Σ(known weights)}. See {@link ScoreBreakdown} for rounding.
 *
 * <p>It ranks the profile data Upwork shows, with the rate the freelancer asks; it says nothing about work
 * quality beyond that.
 */
public final class RankingScore {

    /** Raise whenever a scale, a badge level or the spreading rule changes; exports carry it. */
    public static final int FORMULA_VERSION = 1;

    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private RankingScore() {
    }

    /** A freelancer with their score. */
    public record Ranked(Freelancer freelancer, ScoreBreakdown breakdown) {
    }

    /**
     * Scores every freelancer and sorts by score, highest first; undefined scores last; equal scores keep
     * their input order.
     */
    public static List<Ranked> rank(List<Freelancer> freelancers, RankingCriteria criteria) {
        List<Ranked> ranked = new ArrayList<>();
        for (Freelancer f : freelancers) {
            ranked.add(new Ranked(f, score(f, criteria)));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.breakdown().exactScore(),
                Comparator.nullsLast(Comparator.<Double>reverseOrder())));
        return ranked;
    }

    public static ScoreBreakdown score(Freelancer f, RankingCriteria criteria) {
        List<FactorScore> raw = new ArrayList<>();
        int knownWeight = 0;
        int unknownWeight = 0;
        for (Factor factor : Factor.values()) {
            FactorScore s = evaluate(factor, f, criteria);
            raw.add(s);
            if (s.status() == Status.KNOWN) {
                knownWeight += s.weight();
            } else if (s.status() == Status.UNKNOWN) {
                unknownWeight += s.weight();
            }
        }
        if (knownWeight == 0) {
            return new ScoreBreakdown(FORMULA_VERSION, ScoreBreakdown.State.UNDEFINED, null, null, raw);
        }
        BigDecimal[] exact = new BigDecimal[raw.size()];
        BigDecimal total = BigDecimal.ZERO;
        for (FactorScore s : raw) {
            if (s.status() == Status.KNOWN) {
                double points = 100.0 * s.weight() * s.value() / knownWeight;
                exact[s.factor().ordinal()] = BigDecimal.valueOf(points).setScale(9, RoundingMode.HALF_UP);
                total = total.add(exact[s.factor().ordinal()]);
            }
        }
        BigDecimal score = total.setScale(1, RoundingMode.HALF_UP);
        BigDecimal[] points = largestRemainder(exact, score);
        List<FactorScore> done = new ArrayList<>();
        for (FactorScore s : raw) {
            if (s.status() == Status.KNOWN) {
                double received = (double) unknownWeight * s.weight() / knownWeight;
                done.add(new FactorScore(s.factor(), s.status(), null, s.weight(), s.value(), received,
                        points[s.factor().ordinal()]));
            } else {
                done.add(s);
            }
        }
        return new ScoreBreakdown(FORMULA_VERSION, ScoreBreakdown.State.SCORED, score, total.doubleValue(), done);
    }

    /** Tenths per entry (nulls stay null) that add up to {@code score}: floors, then the largest remainders. */
    static BigDecimal[] largestRemainder(BigDecimal[] exact, BigDecimal score) {
        BigDecimal[] out = new BigDecimal[exact.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < exact.length; i++) {
            if (exact[i] != null) {
                out[i] = exact[i].setScale(1, RoundingMode.FLOOR);
                sum = sum.add(out[i]);
            }
        }
        int missing = score.subtract(sum).divide(TENTH).intValue();
        Set<Integer> bumped = new HashSet<>();
        for (int k = 0; k < missing; k++) {
            int best = -1;
            for (int i = 0; i < exact.length; i++) {
                if (exact[i] != null && !bumped.contains(i) && (best < 0
                        || exact[i].subtract(out[i]).compareTo(exact[best].subtract(out[best])) > 0)) {
                    best = i;
                }
            }
            bumped.add(best);
            out[best] = out[best].add(TENTH);
        }
        return out;
    }

    private static FactorScore evaluate(Factor factor, Freelancer f, RankingCriteria c) {
        int weight = c.weights().weight(factor);
        if (weight == 0) {
            return new FactorScore(factor, Status.ZERO_WEIGHT, null, 0, null, 0, null);
        }
        return switch (factor) {
            case JSS -> f.jobSuccessScore() == null
                    ? unknown(factor, weight, f.jssHidden() ? UnknownReason.HIDDEN : UnknownReason.MISSING)
                    : known(factor, weight, FactorScales.jss(f.jobSuccessScore()));
            case EARNINGS -> f.totalEarnings() == null
                    ? unknown(factor, weight, f.earningsHidden() ? UnknownReason.HIDDEN : UnknownReason.MISSING)
                    : known(factor, weight,
                            FactorScales.logScale(f.totalEarnings().doubleValue(), FactorScales.EARNINGS_CAP));
            case HOURS -> f.totalHours() == null
                    ? unknown(factor, weight, UnknownReason.MISSING)
                    : known(factor, weight, FactorScales.logScale(f.totalHours(), FactorScales.HOURS_CAP));
            case JOBS -> f.totalCompletedJobs() == null
                    ? unknown(factor, weight, UnknownReason.MISSING)
                    : known(factor, weight, FactorScales.logScale(f.totalCompletedJobs(), FactorScales.JOBS_CAP));
            case BADGES -> known(factor, weight, FactorScales.badge(f.badge()));
            case RATE -> rate(weight, f, c);
            case SKILLS -> skills(weight, f, c);
        };
    }

    private static FactorScore rate(int weight, Freelancer f, RankingCriteria c) {
        if (c.targetRate() == null) {
            return new FactorScore(Factor.RATE, Status.NOT_APPLICABLE, null, weight, null, 0, null);
        }
        String currency = AskingRates.currencyOf(f);
        if (f.hourlyRate() == null || f.hourlyRate().signum() <= 0 || currency == null) {
            return unknown(Factor.RATE, weight, UnknownReason.MISSING);
        }
        if (!currency.equals(c.targetCurrency())) {
            return unknown(Factor.RATE, weight, UnknownReason.OTHER_CURRENCY);
        }
        return known(Factor.RATE, weight, FactorScales.rateCloseness(f.hourlyRate(), c.targetRate()));
    }

    private static FactorScore skills(int weight, Freelancer f, RankingCriteria c) {
        if (c.requiredSkills().isEmpty()) {
            return new FactorScore(Factor.SKILLS, Status.NOT_APPLICABLE, null, weight, null, 0, null);
        }
        Set<String> has = new HashSet<>();
        f.skills().forEach(s -> has.add(RankingCriteria.skillKey(s)));
        int matched = (int) c.requiredSkills().stream().filter(has::contains).count();
        return known(Factor.SKILLS, weight, FactorScales.skills(matched, c.requiredSkills().size()));
    }

    private static FactorScore known(Factor factor, int weight, double value) {
        return new FactorScore(factor, Status.KNOWN, null, weight, value, 0, null);
    }

    private static FactorScore unknown(Factor factor, int weight, UnknownReason reason) {
        return new FactorScore(factor, Status.UNKNOWN, reason, weight, null, 0, null);
    }
}
