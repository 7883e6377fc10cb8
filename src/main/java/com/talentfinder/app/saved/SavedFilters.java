package com.talentfinder.app.saved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.JsonValues;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.Badge;
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
 */
public record SavedFilters(BigDecimal minRate, BigDecimal maxRate, Integer minJss, Set<String> countries,
                           Set<Badge> badges, String skill) implements Predicate<Freelancer> {

    public static final SavedFilters NONE = new SavedFilters(null, null, null, Set.of(), Set.of(), null);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_COUNTRIES = 300;
    private static final int MAX_TEXT = 100;

    public SavedFilters {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        badges = badges == null ? Set.of() : Set.copyOf(badges);
        skill = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
        if (minJss != null && (minJss <= 0 || minJss > 100)) {
            minJss = null;
        }
    }

    public boolean isActive() {
        return minRate != null || maxRate != null || minJss != null || !countries.isEmpty() || !badges.isEmpty()
                || skill != null;
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
        Set<String> countries = new LinkedHashSet<>();
        JsonNode c = o.get("countries");
        if (c != null && c.isArray()) {
            for (JsonNode n : c) {
                if (n.isTextual() && countries.size() < MAX_COUNTRIES) {
                    String clean = UntrustedText.singleLine(n.textValue(), MAX_TEXT);
                    if (clean != null && !clean.isBlank()) {
                        countries.add(clean.strip());
                    }
                }
            }
        }
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
                skill == null ? null : UntrustedText.singleLine(skill, MAX_TEXT));
    }

    private static BigDecimal rate(BigDecimal v) {
        return v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? null : v;
    }
}
