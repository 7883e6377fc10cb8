package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Exclusions;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkingHours;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter controls' state, over every result fetched for the search (all its pages). Every change produces a
 * new {@link FreelancerFilter} at once; the choices offered (rate bounds, countries, skills) follow what is
 * fetched, and a choice made stays as made when more pages arrive or the user pages: a chosen rate bound is never
 * clamped to the rates loaded (the slider's bounds widen to it instead), a chosen country stays offered and ticked.
 */
public final class FilterViewModel {

    static final int SKILL_SUGGESTIONS = 10;
    /** The overlap filter's highest choice: a full default working day. */
    public static final int MAX_OVERLAP_HOURS = 8;

    private final ObservableList<Freelancer> loaded;

    // Properties //
    private final ReadOnlyDoubleWrapper rateFloor = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper rateCeiling = new ReadOnlyDoubleWrapper(100);
    private final DoubleProperty rateLow = new SimpleDoubleProperty(0);
    private final DoubleProperty rateHigh = new SimpleDoubleProperty(100);
    private final IntegerProperty minJss = new SimpleIntegerProperty(0);
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    /** One wrapper for good: listeners added to a throw-away wrapper are dropped when it is collected. */
    private final ObservableList<String> countriesReadOnly = FXCollections.unmodifiableObservableList(countries);
    private final ObservableList<String> selectedCountries = FXCollections.observableArrayList();
    private final ObservableList<Region> selectedRegions = FXCollections.observableArrayList();
    private final Map<Badge, BooleanProperty> badges = new EnumMap<>(Badge.class);
    private final StringProperty skill = new SimpleStringProperty("");
    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> exclusionsReadOnly = FXCollections.unmodifiableObservableList(exclusions);
    private final IntegerProperty minOverlapHours = new SimpleIntegerProperty(0);
    private final BooleanProperty hideListed = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<FreelancerFilter> filter = new ReadOnlyObjectWrapper<>(FreelancerFilter.NONE);

    private volatile List<String> skillsByUse = List.of();
    private boolean clearing;
    /** True once the user set that bound (slider, field or arrow keys) to something other than the loaded one. */
    private boolean lowChosen;
    private boolean highChosen;
    private Supplier<WorkingHours> workingHours = WorkingHours::defaults;
    private Clock clock = Clock.systemDefaultZone();
    private ObservableValue<? extends Map<String, ?>> onLists = new SimpleObjectProperty<>(Map.of());

    public FilterViewModel(ObservableList<Freelancer> loaded) {
        this.loaded = loaded;
        for (Badge b : Badge.values()) {
            badges.put(b, new SimpleBooleanProperty(false));
        }
        rateLow.addListener((o, was, now) -> {
            if (!clearing) {
                lowChosen = Math.round(now.doubleValue()) > rateFloor.get();
                update();
            }
        });
        rateHigh.addListener((o, was, now) -> {
            if (!clearing) {
                highChosen = Math.round(now.doubleValue()) < rateCeiling.get();
                update();
            }
        });
        List<Observable> inputs = new ArrayList<>(List.of(minJss, selectedCountries,
                selectedRegions, skill, exclusions, minOverlapHours, hideListed));
        inputs.addAll(badges.values());
        inputs.forEach(o -> o.addListener(x -> update()));
        loaded.addListener((Observable o) -> followLoaded());
        followLoaded();
    }

    // Commands //

    /** Turns every filter off. */
    public void clear() {
        clearing = true;
        try {
            lowChosen = false;
            highChosen = false;
            rateLow.set(rateFloor.get());
            rateHigh.set(rateCeiling.get());
            minJss.set(0);
            selectedCountries.clear();
            selectedRegions.clear();
            badges.values().forEach(b -> b.set(false));
            skill.set("");
            exclusions.clear();
            minOverlapHours.set(0);
            hideListed.set(false);
        } finally {
            clearing = false;
        }
        update();
    }

    /**
     * Sets the lowest rate from the number field: null (empty) turns that bound off. The slider's bounds widen to a
     * value beyond the rates loaded, so it is kept as typed.
     */
    public void setMinRate(Integer value) {
        lowChosen = value != null;
        clearing = true;
        try {
            if (value != null && value < rateFloor.get()) {
                rateFloor.set(value);
            }
            // A lowest rate above the highest is taken as the highest: the list never goes empty by a typo.
            rateLow.set(value == null ? rateFloor.get() : Math.min(value, rateHigh.get()));
        } finally {
            clearing = false;
        }
        update();
    }

    /** Sets the highest rate from the number field: null (empty) turns that bound off. */
    public void setMaxRate(Integer value) {
        highChosen = value != null;
        clearing = true;
        try {
            if (value != null && value > rateCeiling.get()) {
                rateCeiling.set(value);
            }
            rateHigh.set(value == null ? rateCeiling.get() : value);
        } finally {
            clearing = false;
        }
        update();
    }

    /** Adds a "not …" chip; one that excludes the same thing already (case ignored) is not added twice. */
    public void addExclusion(Exclusion exclusion) {
        if (exclusion != null && exclusions.stream().noneMatch(exclusion::sameAs)) {
            exclusions.add(exclusion);
        }
    }

    /** Removes a "not …" chip. */
    public void removeExclusion(Exclusion exclusion) {
        exclusions.remove(exclusion);
    }

    /**
     * Where the overlap filter takes the user's working day from (the settings) and "today" (in the user's zone).
     * Call {@link #workingHoursChanged()} after the settings change.
     */
    public void useWorkingDay(Supplier<WorkingHours> hours, Clock now) {
        this.workingHours = hours;
        this.clock = now;
        update();
    }

    /** The working hours in the settings changed: the overlap filter follows. */
    public void workingHoursChanged() {
        update();
    }

    /**
     * Which freelancers are on a list (the keys of {@code memberships}), for "Hide people already on a list"; the
     * filter follows the map as it is replaced.
     */
    public void followMemberships(ObservableValue<? extends Map<String, ?>> memberships) {
        this.onLists = memberships;
        memberships.addListener((Observable o) -> update());
        update();
    }

    /** Loaded skills containing {@code typed}, most used first; safe to call off the UI thread. */
    public List<String> skillSuggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return skillsByUse.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(needle))
                .limit(SKILL_SUGGESTIONS).collect(Collectors.toList());
    }

    // Following the loaded results //

    private void followLoaded() {
        double floor = Double.MAX_VALUE;
        double ceiling = 0;
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> skillUse = new HashMap<>();
        for (Freelancer f : loaded) {
            if (f.hourlyRate() != null) {
                floor = Math.min(floor, Math.floor(f.hourlyRate().doubleValue()));
                ceiling = Math.max(ceiling, Math.ceil(f.hourlyRate().doubleValue()));
            }
            if (f.country() != null && !f.country().isBlank()) {
                names.add(f.country().strip());
            }
            f.skills().forEach(s -> skillUse.merge(s, 1, Integer::sum));
        }
        if (floor == Double.MAX_VALUE) {
            floor = 0;
            ceiling = 0;
        }
        clearing = true;
        try {
            rateFloor.set(lowChosen ? Math.min(floor, Math.round(rateLow.get())) : floor);
            rateCeiling.set(Math.max(highChosen ? Math.max(ceiling, Math.round(rateHigh.get())) : ceiling,
                    rateFloor.get()));
            if (!lowChosen) {
                rateLow.set(rateFloor.get());
            }
            if (!highChosen) {
                rateHigh.set(rateCeiling.get());
            }
            Set<String> offered = new LinkedHashSet<>(names);
            offered.addAll(selectedCountries);
            countries.setAll(offered);
        } finally {
            clearing = false;
        }
        List<String> skills = new ArrayList<>(skillUse.keySet());
        skills.sort((a, b) -> skillUse.get(b) - skillUse.get(a) != 0 ? skillUse.get(b) - skillUse.get(a)
                : a.compareToIgnoreCase(b));
        skillsByUse = Collections.unmodifiableList(skills);
        update();
    }

    private void update() {
        if (clearing) {
            return;
        }
        long low = Math.round(rateLow.get());
        long high = Math.round(rateHigh.get());
        Set<Badge> chosen = badges.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> places = new java.util.HashSet<>(selectedCountries);
        for (Region r : selectedRegions) {
            places.addAll(r.countries());
            countries.stream().filter(r::contains).forEach(places::add);
        }
        FreelancerFilter next = new FreelancerFilter(
                lowChosen ? BigDecimal.valueOf(low) : null,
                highChosen ? BigDecimal.valueOf(high) : null,
                minJss.get(), places, chosen, skill.get(), exclusionsInForce(), overlapInForce(),
                hideListed.get() ? Set.copyOf(onLists.getValue().keySet()) : Set.of());
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }

    private Exclusions exclusionsInForce() {
        Set<String> notPlaces = new java.util.HashSet<>();
        Set<String> notSkills = new java.util.HashSet<>();
        Set<String> notWords = new java.util.HashSet<>();
        for (Exclusion x : exclusions) {
            switch (x.kind()) {
                case COUNTRY -> notPlaces.add(x.value());
                case REGION -> {
                    notPlaces.addAll(x.region().countries());
                    countries.stream().filter(x.region()::contains).forEach(notPlaces::add);
                }
                case SKILL -> notSkills.add(x.value());
                case WORD -> notWords.add(x.value());
            }
        }
        return new Exclusions(notPlaces, notSkills, notWords);
    }

    private OverlapRule overlapInForce() {
        if (minOverlapHours.get() <= 0) {
            return null;
        }
        WorkingHours hours = workingHours.get();
        return new OverlapRule(hours, LocalDate.now(clock.withZone(hours.zone())), minOverlapHours.get());
    }

    // Accessors //

    /** True while no results are loaded (nothing to filter). */
    public javafx.beans.binding.BooleanBinding nothingLoaded() {
        return javafx.beans.binding.Bindings.isEmpty(loaded);
    }

    /** The filter in force: a predicate for the results list. */
    public ReadOnlyObjectProperty<FreelancerFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The lowest rate loaded (rounded down): the range slider's minimum. */
    public ReadOnlyDoubleProperty rateFloorProperty() {
        return rateFloor.getReadOnlyProperty();
    }

    /** The highest rate loaded (rounded up): the range slider's maximum. */
    public ReadOnlyDoubleProperty rateCeilingProperty() {
        return rateCeiling.getReadOnlyProperty();
    }

    public DoubleProperty rateLowProperty() {
        return rateLow;
    }

    public DoubleProperty rateHighProperty() {
        return rateHigh;
    }

    /** 0 (off) to 100. */
    public IntegerProperty minJssProperty() {
        return minJss;
    }

    /** The countries of the loaded results (and any still chosen), sorted. */
    public ObservableList<String> countries() {
        return countriesReadOnly;
    }

    /** The countries chosen; the view keeps its multi-select in step with this list. */
    public ObservableList<String> selectedCountries() {
        return selectedCountries;
    }

    /** The region presets chosen (beside single countries). */
    public ObservableList<Region> selectedRegions() {
        return selectedRegions;
    }

    public BooleanProperty badgeProperty(Badge badge) {
        return badges.get(badge);
    }

    public StringProperty skillProperty() {
        return skill;
    }

    /** The "not …" chips, in the order added; change them through {@link #addExclusion} and {@link #removeExclusion}. */
    public ObservableList<Exclusion> exclusions() {
        return exclusionsReadOnly;
    }

    /** "Overlaps my working day by at least N hours": 0 (off) to {@link #MAX_OVERLAP_HOURS}. */
    public IntegerProperty minOverlapHoursProperty() {
        return minOverlapHours;
    }

    /** "Hide people already on a list". */
    public BooleanProperty hideListedProperty() {
        return hideListed;
    }
}
