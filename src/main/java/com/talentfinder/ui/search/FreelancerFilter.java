package com.talentfinder.ui.search;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Exclusions;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters over loaded results, as one immutable value and a fast predicate. No JavaFX, so it is
 * unit-tested and benchmarked on its own.
 *
 * <p>Every criterion is optional (null or empty = off). When a criterion is on, a freelancer without that
 * information does not pass: a rate range excludes profiles with no rate, a minimum JSS excludes hidden
 * scores and profiles with no score yet. Rates are compared as numbers, whatever their currency.
 *
 * @param minRate   lowest hourly rate, inclusive, or null
 * @param maxRate   highest hourly rate, inclusive, or null
 * @param minJss    lowest Job Success Score (0–100), or null; 0 counts as off
 * @param countries countries to keep (exact names as loaded); empty = every country
 * @param badges    keep profiles carrying any of these badges; empty = badge not required
 * @param skill     a skill the freelancer must list (case-insensitive, part of a skill matches), or blank
 * @param exclusions the "not …" chips: countries, skills, words; never null
 * @param overlap    "overlaps my working day by at least N hours", or null
 * @param hiddenIds  freelancers to hide (those already on a list, when the user asks), empty = none
 */
public record FreelancerFilter(BigDecimal minRate, BigDecimal maxRate, Integer minJss, Set<String> countries,
                               Set<Badge> badges, String skill, Exclusions exclusions, OverlapRule overlap,
                               Set<String> hiddenIds) implements Predicate<Freelancer> {

    /** The filter that keeps everything. */
    public static final FreelancerFilter NONE = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null);

    /** The filter without exclusions, overlap or hidden freelancers. */
    public FreelancerFilter(BigDecimal minRate, BigDecimal maxRate, Integer minJss, Set<String> countries,
                            Set<Badge> badges, String skill) {
        this(minRate, maxRate, minJss, countries, badges, skill, Exclusions.NONE, null, Set.of());
    }

    public FreelancerFilter {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        badges = badges == null ? Set.of() : Set.copyOf(badges);
        exclusions = exclusions == null ? Exclusions.NONE : exclusions;
        hiddenIds = hiddenIds == null ? Set.of() : Set.copyOf(hiddenIds);
        skill = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
        if (minJss != null && minJss <= 0) {
            minJss = null;
        }
    }

    /** True when at least one criterion is on. */
    public boolean isActive() {
        return minRate != null || maxRate != null || minJss != null || !countries.isEmpty() || !badges.isEmpty()
                || skill != null || !exclusions.isEmpty() || overlap != null || !hiddenIds.isEmpty();
    }

    @Override
    public boolean test(Freelancer f) {
        if (minRate != null || maxRate != null) {
            BigDecimal rate = f.hourlyRate();
            if (rate == null || (minRate != null && rate.compareTo(minRate) < 0)
                    || (maxRate != null && rate.compareTo(maxRate) > 0)) {
                return false;
            }
        }
        if (minJss != null) {
            Integer jss = f.jobSuccessScore();
            if (jss == null || jss < minJss) {
                return false;
            }
        }
        if (!countries.isEmpty() && (f.country() == null || !countries.contains(f.country().strip()))) {
            return false;
        }
        if (!badges.isEmpty()) {
            Badge badge = f.badge();
            if (badge == null || !badges.contains(badge)) {
                return false;
            }
        }
        if (skill != null && !hasSkill(f)) {
            return false;
        }
        if (!hiddenIds.isEmpty() && hiddenIds.contains(f.id())) {
            return false;
        }
        if (overlap != null && !overlap.test(f)) {
            return false;
        }
        return exclusions.isEmpty() || !exclusions.excludes(f);
    }

    private boolean hasSkill(Freelancer f) {
        for (String s : f.skills()) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(skill)) {
                return true;
            }
        }
        return false;
    }
}
