package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * How each results column sorts, ascending. Values that are missing or hidden sort below every real value,
 * so they gather at one end instead of being scattered.
 */
public final class ResultComparators {

    public static final Comparator<Freelancer> NAME = text(Freelancer::displayName);
    public static final Comparator<Freelancer> TITLE = text(Freelancer::title);
    public static final Comparator<Freelancer> LOCATION = text(Freelancer::location);
    public static final Comparator<Freelancer> RATE = nullsLow(Freelancer::hourlyRate);
    public static final Comparator<Freelancer> JSS = nullsLow(Freelancer::jobSuccessScore);
    public static final Comparator<Freelancer> EARNINGS = nullsLow(Freelancer::totalEarnings);
    public static final Comparator<Freelancer> HOURS = nullsLow(Freelancer::totalHours);
    public static final Comparator<Freelancer> JOBS = nullsLow(Freelancer::totalCompletedJobs);
    /** None &lt; Top Rated &lt; Top Rated Plus &lt; Expert-Vetted. */
    public static final Comparator<Freelancer> BADGE = Comparator.comparingInt(ResultComparators::badgeRank);

    private ResultComparators() {
    }

    private static int badgeRank(Freelancer f) {
        Badge b = f.badge();
        return b == null ? 0 : Badge.values().length - b.ordinal();
    }

    private static <T extends Comparable<? super T>> Comparator<Freelancer> nullsLow(Function<Freelancer, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static Comparator<Freelancer> text(Function<Freelancer, String> key) {
        return Comparator.comparing(f -> {
            String s = key.apply(f);
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        });
    }
}
