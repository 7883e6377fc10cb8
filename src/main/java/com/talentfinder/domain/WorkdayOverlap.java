package com.talentfinder.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.OptionalInt;

/**
 * How many minutes of the user's working day on a given date fall inside a freelancer's working day (9:00–17:00 in
 * the freelancer's zone). Pure: the date comes from the caller's clock. The user's side follows their zone's
 * daylight-saving rules for that date; the freelancer's side is the fixed UTC offset Upwork sends (or a region's
 * rules when a region id is sent). An unreadable timezone gives "unknown" (empty), never zero.
 */
public final class WorkdayOverlap {

    /** The freelancer's assumed working day, in their own zone. */
    public static final LocalTime FREELANCER_START = LocalTime.of(9, 0);
    public static final LocalTime FREELANCER_END = LocalTime.of(17, 0);

    private WorkdayOverlap() {
    }

    /** Minutes of overlap on {@code day} (the user's date), or empty when the timezone text cannot be read. */
    public static OptionalInt minutes(WorkingHours user, LocalDate day, String freelancerTimezone) {
        return ZoneText.zoneOf(freelancerTimezone)
                .map(zone -> OptionalInt.of((int) overlap(user, day, zone).toMinutes()))
                .orElse(OptionalInt.empty());
    }

    /** The overlap between the user's working day on {@code day} and the freelancer's working days in {@code zone}. */
    public static Duration overlap(WorkingHours user, LocalDate day, ZoneId freelancerZone) {
        Instant userStart = ZonedDateTime.of(day, user.start(), user.zone()).toInstant();
        Instant userEnd = ZonedDateTime.of(day, user.end(), user.zone()).toInstant();
        // The freelancer's working days that can touch the user's: the one on their local date, and either side.
        LocalDate theirs = userStart.atZone(freelancerZone).toLocalDate();
        Duration total = Duration.ZERO;
        for (int d = -1; d <= 1; d++) {
            LocalDate date = theirs.plusDays(d);
            Instant start = ZonedDateTime.of(date, FREELANCER_START, freelancerZone).toInstant();
            Instant end = ZonedDateTime.of(date, FREELANCER_END, freelancerZone).toInstant();
            Instant from = start.isAfter(userStart) ? start : userStart;
            Instant to = end.isBefore(userEnd) ? end : userEnd;
            if (from.isBefore(to)) {
                total = total.plus(Duration.between(from, to));
            }
        }
        return total;
    }
}
