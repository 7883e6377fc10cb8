package com.talentfinder.insights;

import java.util.List;

/**
 * A named set of weights. {@code id} is a stable code; the UI takes a built-in preset's name from its bundle.
 * Each built-in preset adds up to 100, so a weight reads as "percent of the score". A preset the user saved has
 * the id {@code user:<name>} ({@link #user}) and shows its name as typed.
 */
public record RankingPreset(String id, Weights weights) {

    /** Every factor counts; proven quality a little more. */
    public static final RankingPreset BALANCED = new RankingPreset("balanced", Weights.of(25, 15, 10, 10, 15, 10, 15));
    /** Track record first (JSS, badges, earnings); the rate does not count. */
    public static final RankingPreset QUALITY_FIRST =
            new RankingPreset("quality_first", Weights.of(35, 15, 10, 10, 25, 0, 5));
    /** Closeness to the target rate first. */
    public static final RankingPreset BUDGET = new RankingPreset("budget", Weights.of(20, 5, 5, 5, 5, 45, 15));

    public static final List<RankingPreset> BUILT_IN = List.of(BALANCED, QUALITY_FIRST, BUDGET);

    /** The id prefix of a preset the user saved. */
    public static final String USER_PREFIX = "user:";

    /** A preset the user saved under {@code name}. */
    public static RankingPreset user(String name, Weights weights) {
        return new RankingPreset(USER_PREFIX + name, weights);
    }

    /** True for the presets that come with the app. */
    public boolean isBuiltIn() {
        return !id.startsWith(USER_PREFIX);
    }

    /** The name a user preset was saved under, or null for a built-in one. */
    public String userName() {
        return isBuiltIn() ? null : id.substring(USER_PREFIX.length());
    }

    /** The built-in preset with this id, or null. */
    public static RankingPreset builtIn(String id) {
        return BUILT_IN.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
    }
}
