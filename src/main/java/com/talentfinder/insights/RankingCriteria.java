package com.talentfinder.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a ranking scores against.
 *
 * @param weights        the factor weights
 * @param targetRate     the hourly rate sought, or null: then the rate factor is not applicable
 * @param targetCurrency the target's currency (upper-cased); a freelancer in another currency has an
 *                       unknown rate closeness, never a converted one. Required when a target rate is set.
 * @param requiredSkills the skills sought; empty makes the skills factor not applicable. Matched
 *                       case-insensitively and trimmed, repeats dropped.
 */
public record RankingCriteria(Weights weights, BigDecimal targetRate, String targetCurrency,
                              List<String> requiredSkills) {

    public RankingCriteria {
        Objects.requireNonNull(weights, "weights");
        if (targetRate != null && targetRate.signum() <= 0) {
            throw new IllegalArgumentException("a target rate must be positive");
        }
        if (targetRate != null && (targetCurrency == null || targetCurrency.isBlank())) {
            throw new IllegalArgumentException("a target rate needs its currency");
        }
        targetCurrency = targetCurrency == null || targetCurrency.isBlank()
                ? null : targetCurrency.strip().toUpperCase(Locale.ROOT);
        Set<String> skills = new LinkedHashSet<>();
        for (String s : requiredSkills == null ? List.<String>of() : requiredSkills) {
            String key = skillKey(s);
            if (!key.isEmpty()) {
                skills.add(key);
            }
        }
        requiredSkills = List.copyOf(new ArrayList<>(skills));
    }

    /** Only weights: no target rate, no required skills. */
    public static RankingCriteria of(Weights weights) {
        return new RankingCriteria(weights, null, null, List.of());
    }

    static String skillKey(String skill) {
        return skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
    }
}
