package com.talentfinder.ui.detail;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkdayOverlap;
import com.talentfinder.domain.WorkingHours;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.FreelancerFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The detail pane's location line: the place, the freelancer's local time from the clock, and the overlap with
 * the user's working day. Recomputed on each selection and on each clock tick; holds no nodes.
 */
final class DetailLocation {

    private final Clock clock;
    private final Supplier<WorkingHours> workingHours;

    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overlap = new ReadOnlyStringWrapper("");

    /**
     * @param clock        gives "now" for the freelancer's local time
     * @param workingHours the user's working day, or null for a pane without the overlap
     */
    DetailLocation(Clock clock, Supplier<WorkingHours> workingHours) {
        this.clock = clock;
        this.workingHours = workingHours;
    }

    /** "Lviv, Ukraine · 14:05 local time (UTC+02:00) · 4 h overlap with your working day". */
    void show(Freelancer f) {
        WorkingHours hours = workingHours == null ? null : workingHours.get();
        OptionalInt minutes = hours == null ? OptionalInt.empty()
                : WorkdayOverlap.minutes(hours, LocalDate.now(clock.withZone(hours.zone())), f.timezone());
        overlap.set(minutes.isEmpty() ? "" : overlapText(minutes.getAsInt()));
        String place = FreelancerFormat.locationWithLocalTime(f, clock);
        location.set(overlap.get().isEmpty() ? place : place + " \u00b7 " + overlap.get());
    }

    /** Empties both lines (no freelancer selected). */
    void clear() {
        location.set("");
        overlap.set("");
    }

    /** "4 h overlap with your working day", "3 h 30 min overlap …", "no overlap with your working day". */
    static String overlapText(int minutes) {
        if (minutes <= 0) {
            return Messages.get("detail.overlap.none");
        }
        String amount = minutes % 60 == 0 ? Messages.format("detail.overlap.hours", minutes / 60)
                : Messages.format("detail.overlap.hoursMinutes", minutes / 60, minutes % 60);
        return Messages.format("detail.overlap", amount);
    }

    ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    ReadOnlyStringProperty overlapProperty() {
        return overlap.getReadOnlyProperty();
    }
}
