package com.talentfinder.app.saved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.JsonValues;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Exclusions;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters saved with a search, kept as JSON in the store and read back through cleaning/ (the file may have
 * been edited or damaged: whatever cannot be read is left off). The same meaning as the search screen's filters:
 * every criterion optional, a freelancer without the information does not pass an active criterion.
 *
 * @param minRate   lowest hourly rate, or null
 * @param maxRate   highest hourly rate, or null
 * @param minJss    lowest Job Success Score (1–100), or null
 * @param countries countries to keep; empty = all
 * @param badges    keep profiles carrying any of these; empty = not required
 * @param skill     a skill the freelancer lists (part of a skill, any case), or null
 * @param not       the "not …" chips: countries (regions already expanded), skills, words; never null
 *
 * <p>The working-day overlap and "hide people already on a list" are not saved: they depend on the day a run is
 * looked at and on the lists then, so the screen applies them when showing, not the run when counting new people.
 */
public record SavedFilters(BigDecimal minRate, BigDecimal maxRate, Integer minJss, Set<String> countries,
                           Set<Badge> badges, String skill, Exclusions not) implements Predicate<Freelancer> {

    public static final SavedFilters NONE = new SavedFilters(null, null, null, Set.of(), Set.of(), null);

    /** Without exclusions. */
    public SavedFilters(BigDecimal minRate, BigDecimal maxRate, Integer minJss, Set<String> countries,
                        Set<Badge> badges, String skill) {
        this(minRate, maxRate, minJss, countries, badges, skill, Exclusions.NONE);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_COUNTRIES = 300;
    private static final int MAX_TEXT = 100;

    public SavedFilters {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        badges = badges == null ? Set.of() : Set.copyOf(badges);
        not = not == null ? Exclusions.NONE : not;
        skill = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
        if (minJss != null && (minJss <= 0 || minJss > 100)) {
            minJss = null;
        }
    }

    public boolean isActive() {
        return minRate != null || maxRate != null || minJss != null || !countries.isEmpty() || !badges.isEmpty()
                || skill != null || !not.isEmpty();
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
        if (minJss != null && (f.jobSuccessScore() == null || f.jobSuccessScore() < minJss)) {
            return false;
        }
        if (not.excludes(f)) {
            return false;
        }
        if (!countries.isEmpty() && (f.country() == null || !countries.contains(f.country().strip()))) {
            return false;
        }
        if (!badges.isEmpty() && (f.badge() == null || !badges.contains(f.badge()))) {
            return false;
        }
        return skill == null || f.skills().stream()
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(skill));
    }

    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        if (minRate != null) {
            o.put("min_rate", minRate);
        }
        if (maxRate != null) {
            o.put("max_rate", maxRate);
        }
        if (minJss != null) {
            o.put("min_jss", minJss);
        }
        ArrayNode c = o.putArray("countries");
        countries.stream().sorted().forEach(c::add);
        ArrayNode b = o.putArray("badges");
        badges.stream().sorted().forEach(x -> b.add(x.code()));
        if (skill != null) {
            o.put("skill", skill);
        }
        putAll(o.putArray("not_countries"), not.countries());
        putAll(o.putArray("not_skills"), not.skills());
        putAll(o.putArray("not_words"), not.words());
        return o.toString();
    }

    /** Reads stored JSON back, cleaned; unreadable parts are left off, unreadable JSON gives {@link #NONE}. */
    public static SavedFilters fromJson(String json) {
        JsonNode o;
        try {
            o = json == null ? null : JSON.readTree(json);
        } catch (java.io.IOException e) {
            return NONE;
        }
        if (o == null || !o.isObject()) {
            return NONE;
        }
        Set<String> countries = texts(o.get("countries"));
        Set<Badge> badges = EnumSet.noneOf(Badge.class);
        JsonNode b = o.get("badges");
        if (b != null && b.isArray()) {
            for (JsonNode n : b) {
                Badge badge = n.isTextual() ? Badge.fromCode(n.textValue()) : null;
                if (badge != null) {
                    badges.add(badge);
                }
            }
        }
        String skill = JsonValues.string(o, "skill");
        return new SavedFilters(rate(JsonValues.decimal(o, "min_rate")), rate(JsonValues.decimal(o, "max_rate")),
                JsonValues.integer(o, "min_jss"), countries, badges,
                skill == null ? null : UntrustedText.singleLine(skill, MAX_TEXT),
                new Exclusions(texts(o.get("not_countries")), texts(o.get("not_skills")), texts(o.get("not_words"))));
    }

    /** The cleaned one-line texts of a JSON array (at most {@value #MAX_COUNTRIES}); anything else is left off. */
    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                if (n.isTextual() && out.size() < MAX_COUNTRIES) {
                    String clean = UntrustedText.singleLine(n.textValue(), MAX_TEXT);
                    if (clean != null && !clean.isBlank()) {
                        out.add(clean.strip());
                    }
                }
            }
        }
        return out;
    }

    private static void putAll(ArrayNode array, Set<String> values) {
        values.stream().sorted().forEach(array::add);
    }

    private static BigDecimal rate(BigDecimal v) {
        return v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? null : v;
    }
}
