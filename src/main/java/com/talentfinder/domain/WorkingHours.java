package com.talentfinder.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The user's working day: from {@code start} to {@code end} (same day, start before end) in their own time zone.
 * Daylight saving follows the zone's rules, so "9:00–17:00 Europe/Berlin" is 08:00–16:00 UTC in January and
 * 07:00–15:00 UTC in July.
 */
public record WorkingHours(LocalTime start, LocalTime end, ZoneId zone) {

    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working day starts before it ends");
        }
    }

    /** 9:00–17:00 in {@code zone}. */
    public static WorkingHours defaults(ZoneId zone) {
        return new WorkingHours(DEFAULT_START, DEFAULT_END, zone);
    }

    /** 9:00–17:00 in the computer's time zone. */
    public static WorkingHours defaults() {
        return defaults(ZoneId.systemDefault());
    }

    /** The same hours in another zone. */
    public WorkingHours withZone(ZoneId other) {
        return new WorkingHours(start, end, other);
    }
}
