package com.talentfinder.ui.settings;

import com.talentfinder.domain.WorkingHours;
import com.talentfinder.ui.Messages;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings' "Working hours" (issue 15): start, end (half-hour steps) and time zone, for the overlap filter and
 * the detail pane. The end must come after the start, and the zone must be a known one; else a sentence says
 * why and Save stays disabled.
 */
public final class WorkingHoursSection {

    /** The choices for start and end: 00:00, 00:30, … 23:30. */
    public static final List<LocalTime> TIMES = java.util.stream.IntStream.range(0, 48)
            .mapToObj(i -> LocalTime.of(i / 2, i % 2 * 30)).toList();
    /** The zones offered, sorted (the field also takes a typed id). */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>(WorkingHours.DEFAULT_START);
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>(WorkingHours.DEFAULT_END);
    private final StringProperty zone = new SimpleStringProperty(ZoneId.systemDefault().getId());
    private final StringBinding error;

    WorkingHoursSection() {
        error = Bindings.createStringBinding(() -> {
            if (start.get() == null || end.get() == null || !start.get().isBefore(end.get())) {
                return Messages.get("settings.hours.endBeforeStart");
            }
            return zoneId().isEmpty() ? Messages.get("settings.hours.badZone") : "";
        }, start, end, zone);
    }

    void load(WorkingHours hours) {
        start.set(hours.start());
        end.set(hours.end());
        zone.set(hours.zone().getId());
    }

    /** The hours as the fields stand; only call when {@link #errorProperty()} is empty. */
    WorkingHours value() {
        return new WorkingHours(start.get(), end.get(), zoneId().orElseThrow());
    }

    private Optional<ZoneId> zoneId() {
        try {
            return zone.get() == null || zone.get().isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone.get().strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public ObjectProperty<LocalTime> startProperty() {
        return start;
    }

    public ObjectProperty<LocalTime> endProperty() {
        return end;
    }

    /** A ZoneId id such as {@code Europe/Berlin}. */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** Empty when the hours can be saved, else why not. */
    public StringBinding errorProperty() {
        return error;
    }
}
