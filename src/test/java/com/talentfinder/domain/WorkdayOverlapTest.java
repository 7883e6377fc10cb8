package com.talentfinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The overlap of a user in Berlin (UTC+1 in January, UTC+2 in July) with freelancers at UTC−8, UTC+5:30 and UTC+13,
 * each working 9:00–17:00 local. Expected values worked out by hand in UTC (comments).
 */
class WorkdayOverlapTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingHours NINE_TO_FIVE = WorkingHours.defaults(BERLIN);
    private static final WorkingHours EVENING = new WorkingHours(LocalTime.of(16, 0), LocalTime.of(23, 0), BERLIN);

    // Freelancers' days in UTC: UTC-8 17:00-01:00, UTC+5:30 03:30-11:30, UTC+13 20:00-04:00.
    private static final String LOS_ANGELES = "UTC-08:00 Pacific Time (US & Canada)";
    private static final String INDIA = "UTC+05:30 Chennai, Kolkata, Mumbai, New Delhi";
    private static final String TONGA = "UTC+13:00 Nuku'alofa";

    /** "Today" from a fixed clock, as the app asks it: the user's date in their zone. */
    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), BERLIN));
    }

    private static final LocalDate WINTER = today("2026-01-15T10:00:00Z");
    private static final LocalDate SUMMER = today("2026-07-15T10:00:00Z");

    private static OptionalInt minutes(WorkingHours user, LocalDate day, String timezone) {
        return WorkdayOverlap.minutes(user, day, timezone);
    }

    @Test
    void winterNineToFiveInBerlinIsEightToFourUtc() {
        // user 08:00-16:00 UTC
        assertThat(minutes(NINE_TO_FIVE, WINTER, LOS_ANGELES)).hasValue(0);
        assertThat(minutes(NINE_TO_FIVE, WINTER, INDIA)).hasValue(210); // 08:00-11:30
        assertThat(minutes(NINE_TO_FIVE, WINTER, TONGA)).hasValue(0);
    }

    @Test
    void summerNineToFiveInBerlinIsSevenToThreeUtc() {
        // user 07:00-15:00 UTC: daylight saving moves the user's day an hour earlier in UTC
        assertThat(minutes(NINE_TO_FIVE, SUMMER, LOS_ANGELES)).hasValue(0);
        assertThat(minutes(NINE_TO_FIVE, SUMMER, INDIA)).hasValue(270); // 07:00-11:30
        assertThat(minutes(NINE_TO_FIVE, SUMMER, TONGA)).hasValue(0);
    }

    @Test
    void anEveningUserMeetsTheAmericasAndThePacific() {
        // winter 16:00-23:00 Berlin = 15:00-22:00 UTC
        assertThat(minutes(EVENING, WINTER, LOS_ANGELES)).hasValue(300); // 17:00-22:00
        assertThat(minutes(EVENING, WINTER, INDIA)).hasValue(0);
        assertThat(minutes(EVENING, WINTER, TONGA)).hasValue(120); // 20:00-22:00 (Tonga's next morning)
        // summer 16:00-23:00 Berlin = 14:00-21:00 UTC
        assertThat(minutes(EVENING, SUMMER, LOS_ANGELES)).hasValue(240); // 17:00-21:00
        assertThat(minutes(EVENING, SUMMER, TONGA)).hasValue(60); // 20:00-21:00
    }

    @Test
    void theDayTheClocksGoForwardUsesTheNewOffset() {
        // 29 March 2026: Berlin moves to UTC+2 at 02:00, so 9:00-17:00 is 07:00-15:00 UTC
        assertThat(minutes(NINE_TO_FIVE, LocalDate.of(2026, 3, 29), INDIA)).hasValue(270);
        assertThat(minutes(NINE_TO_FIVE, LocalDate.of(2026, 3, 28), INDIA)).hasValue(210);
    }

    @Test
    void theSameZoneOverlapsTheWholeDay() {
        assertThat(minutes(WorkingHours.defaults(ZoneId.of("UTC")), WINTER, "UTC")).hasValue(480);
        assertThat(minutes(NINE_TO_FIVE, WINTER, "Europe/Berlin")).hasValue(480);
    }

    @Test
    void anUnreadableTimezoneIsUnknownNotZero() {
        assertThat(minutes(NINE_TO_FIVE, WINTER, null)).isEmpty();
        assertThat(minutes(NINE_TO_FIVE, WINTER, "")).isEmpty();
        assertThat(minutes(NINE_TO_FIVE, WINTER, "Pacific Time")).isEmpty();
        assertThat(minutes(NINE_TO_FIVE, WINTER, "UTC+99:00")).isEmpty();
    }

    @Test
    void aWorkingDayMustStartBeforeItEnds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new WorkingHours(LocalTime.of(17, 0), LocalTime.of(9, 0), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
