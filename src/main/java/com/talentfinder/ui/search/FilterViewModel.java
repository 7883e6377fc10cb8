package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkingHours;
import java.time.Clock;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
    private final RateRange rates = new RateRange(this::update);
    private final IntegerProperty minJss = new SimpleIntegerProperty(0);
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    /** One wrapper for good: listeners added to a throw-away wrapper are dropped when it is collected. */
    private final ObservableList<String> countriesReadOnly = FXCollections.unmodifiableObservableList(countries);
    private final ObservableList<String> selectedCountries = FXCollections.observableArrayList();
    private final ObservableList<Region> selectedRegions = FXCollections.observableArrayList();
    private final Map<Badge, BooleanProperty> badges = new EnumMap<>(Badge.class);
    private final StringProperty skill = new SimpleStringProperty("");
    private final RecruiterFilterState recruiter = new RecruiterFilterState(this::update);
    private final ReadOnlyObjectWrapper<FreelancerFilter> filter = new ReadOnlyObjectWrapper<>(FreelancerFilter.NONE);

    private volatile List<String> skillsByUse = List.of();
    private boolean clearing;

    public FilterViewModel(ObservableList<Freelancer> loaded) {
        this.loaded = loaded;
        for (Badge b : Badge.values()) {
            badges.put(b, new SimpleBooleanProperty(false));
        }
        List<Observable> inputs = new ArrayList<>(List.of(minJss, selectedCountries, selectedRegions, skill));
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
            rates.clear();
            minJss.set(0);
            selectedCountries.clear();
            selectedRegions.clear();
            badges.values().forEach(b -> b.set(false));
            skill.set("");
            recruiter.clear();
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
        rates.setMin(value);
    }

    /** Sets the highest rate from the number field: null (empty) turns that bound off. */
    public void setMaxRate(Integer value) {
        rates.setMax(value);
    }

    /** Adds a "not …" chip; one that excludes the same thing already (case ignored) is not added twice. */
    public void addExclusion(Exclusion exclusion) {
        recruiter.addExclusion(exclusion);
    }

    /** Removes a "not …" chip. */
    public void removeExclusion(Exclusion exclusion) {
        recruiter.removeExclusion(exclusion);
    }

    /**
     * Where the overlap filter takes the user's working day from (the settings) and "today" (in the user's zone).
     * Call {@link #workingHoursChanged()} after the settings change.
     */
    public void useWorkingDay(Supplier<WorkingHours> hours, Clock now) {
        recruiter.useWorkingDay(hours, now);
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
        recruiter.followMemberships(memberships);
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
            rates.follow(floor, ceiling);
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
        Set<Badge> chosen = badges.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> places = new java.util.HashSet<>(selectedCountries);
        for (Region r : selectedRegions) {
            places.addAll(r.countries());
            countries.stream().filter(r::contains).forEach(places::add);
        }
        FreelancerFilter next = new FreelancerFilter(rates.lowInForce(), rates.highInForce(), minJss.get(), places,
                chosen, skill.get(), recruiter.exclusionsInForce(countries), recruiter.overlapInForce(),
                recruiter.hiddenInForce());
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
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
        return rates.floorProperty();
    }

    /** The highest rate loaded (rounded up): the range slider's maximum. */
    public ReadOnlyDoubleProperty rateCeilingProperty() {
        return rates.ceilingProperty();
    }

    public DoubleProperty rateLowProperty() {
        return rates.lowProperty();
    }

    public DoubleProperty rateHighProperty() {
        return rates.highProperty();
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
        return recruiter.exclusions();
    }

    /** "Overlaps my working day by at least N hours": 0 (off) to {@link #MAX_OVERLAP_HOURS}. */
    public IntegerProperty minOverlapHoursProperty() {
        return recruiter.minOverlapHoursProperty();
    }

    /** "Hide people already on a list". */
    public BooleanProperty hideListedProperty() {
        return recruiter.hideListedProperty();
    }
}
