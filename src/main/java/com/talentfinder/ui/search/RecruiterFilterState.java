package com.talentfinder.ui.search;

import com.talentfinder.domain.Exclusions;
import com.talentfinder.domain.WorkingHours;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recruiter filters of {@link FilterViewModel}: the "not …" chips, "overlaps my working day by at least N
 * hours" and "hide people already on a list", with what each puts in force. Every change is reported to
 * {@code changed}, which builds the next filter.
 */
final class RecruiterFilterState {

    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    /** One wrapper for good: listeners added to a throw-away wrapper are dropped when it is collected. */
    private final ObservableList<Exclusion> exclusionsReadOnly = FXCollections.unmodifiableObservableList(exclusions);
    private final IntegerProperty minOverlapHours = new SimpleIntegerProperty(0);
    private final BooleanProperty hideListed = new SimpleBooleanProperty(false);
    private final Runnable changed;

    private Supplier<WorkingHours> workingHours = WorkingHours::defaults;
    private Clock clock = Clock.systemDefaultZone();
    private ObservableValue<? extends Map<String, ?>> onLists = new SimpleObjectProperty<>(Map.of());

    RecruiterFilterState(Runnable changed) {
        this.changed = changed;
        List.<Observable>of(exclusions, minOverlapHours, hideListed).forEach(o -> o.addListener(x -> changed.run()));
    }

    /** Turns these filters off (the caller rebuilds the filter once afterwards). */
    void clear() {
        exclusions.clear();
        minOverlapHours.set(0);
        hideListed.set(false);
    }

    void addExclusion(Exclusion exclusion) {
        if (exclusion != null && exclusions.stream().noneMatch(exclusion::sameAs)) {
            exclusions.add(exclusion);
        }
    }

    void removeExclusion(Exclusion exclusion) {
        exclusions.remove(exclusion);
    }

    void useWorkingDay(Supplier<WorkingHours> hours, Clock now) {
        this.workingHours = hours;
        this.clock = now;
        changed.run();
    }

    void followMemberships(ObservableValue<? extends Map<String, ?>> memberships) {
        this.onLists = memberships;
        memberships.addListener((Observable o) -> changed.run());
        changed.run();
    }

    /** The chips as exclusions; a region chip also takes the {@code offered} countries it contains. */
    Exclusions exclusionsInForce(List<String> offered) {
        Set<String> notPlaces = new HashSet<>();
        Set<String> notSkills = new HashSet<>();
        Set<String> notWords = new HashSet<>();
        for (Exclusion x : exclusions) {
            switch (x.kind()) {
                case COUNTRY -> notPlaces.add(x.value());
                case REGION -> {
                    notPlaces.addAll(x.region().countries());
                    offered.stream().filter(x.region()::contains).forEach(notPlaces::add);
                }
                case SKILL -> notSkills.add(x.value());
                case WORD -> notWords.add(x.value());
            }
        }
        return new Exclusions(notPlaces, notSkills, notWords);
    }

    /** The overlap rule for today in the user's zone, or null while the filter is off. */
    OverlapRule overlapInForce() {
        if (minOverlapHours.get() <= 0) {
            return null;
        }
        WorkingHours hours = workingHours.get();
        return new OverlapRule(hours, LocalDate.now(clock.withZone(hours.zone())), minOverlapHours.get());
    }

    /** The ids to hide: those on a list while "hide people already on a list" is ticked, else none. */
    Set<String> hiddenInForce() {
        return hideListed.get() ? Set.copyOf(onLists.getValue().keySet()) : Set.of();
    }

    ObservableList<Exclusion> exclusions() {
        return exclusionsReadOnly;
    }

    IntegerProperty minOverlapHoursProperty() {
        return minOverlapHours;
    }

    BooleanProperty hideListedProperty() {
        return hideListed;
    }
}
