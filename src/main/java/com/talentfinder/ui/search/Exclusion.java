package com.talentfinder.ui.search;

import java.util.Locale;
import java.util.Objects;

/**
 * One "not …" chip of the filters: a country, a region preset, a skill, or a word in the title or description.
 * No JavaFX.
 *
 * @param kind  what is excluded
 * @param value the country, skill or word as typed (stripped); for {@link Kind#REGION} the {@link Region} name
 */
public record Exclusion(Kind kind, String value) {

    /** What an exclusion matches. */
    public enum Kind { COUNTRY, REGION, SKILL, WORD }

    public Exclusion {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An exclusion needs a value");
        }
        value = value.strip().replaceAll("\\s+", " ");
    }

    public static Exclusion region(Region region) {
        return new Exclusion(Kind.REGION, region.name());
    }

    /**
     * What the user typed under "Country or region": a region preset when it names one (its label, any case),
     * else a country.
     */
    public static Exclusion place(String typed) {
        for (Region r : Region.values()) {
            if (r.label().equalsIgnoreCase(typed.strip())) {
                return region(r);
            }
        }
        return new Exclusion(Kind.COUNTRY, typed);
    }

    /** The region of a {@link Kind#REGION} exclusion, else null. */
    public Region region() {
        return kind == Kind.REGION ? Region.valueOf(value) : null;
    }

    /** The text shown after "not": the region's label, or the value. */
    public String shown() {
        return kind == Kind.REGION ? region().label() : value;
    }

    /** True when both exclude the same thing (case ignored). */
    public boolean sameAs(Exclusion other) {
        return other != null && kind == other.kind
                && value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
    }
}
