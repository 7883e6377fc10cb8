package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkdayOverlap;
import com.talentfinder.domain.WorkingHours;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Overlaps my working day by at least N hours" on a given date. A freelancer whose timezone cannot be read is
 * dropped while the rule is on (unknown is not "enough"), as every other filter drops a profile without the
 * information it asks for. No JavaFX.
 */
public final class OverlapRule {

    private final WorkingHours user;
    private final LocalDate day;
    private final int minHours;
    /** Overlap in minutes by timezone text (a page holds a handful of zones); -1 = unknown. */
    private final Map<String, Integer> byZone = new ConcurrentHashMap<>();

    /** @param minHours 1 or more */
    public OverlapRule(WorkingHours user, LocalDate day, int minHours) {
        this.user = Objects.requireNonNull(user, "user");
        this.day = Objects.requireNonNull(day, "day");
        if (minHours < 1) {
            throw new IllegalArgumentException("At least one hour");
        }
        this.minHours = minHours;
    }

    public boolean test(Freelancer f) {
        if (f.timezone() == null) {
            return false;
        }
        int minutes = byZone.computeIfAbsent(f.timezone(), tz -> {
            OptionalInt m = WorkdayOverlap.minutes(user, day, tz);
            return m.isPresent() ? m.getAsInt() : -1;
        });
        return minutes >= minHours * 60;
    }

    public int minHours() {
        return minHours;
    }

    public WorkingHours user() {
        return user;
    }

    public LocalDate day() {
        return day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverlapRule r && r.minHours == minHours && r.user.equals(user) && r.day.equals(day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, day, minHours);
    }

    @Override
    public String toString() {
        return "OverlapRule[" + user + ", " + day + ", >= " + minHours + " h]";
    }
}
