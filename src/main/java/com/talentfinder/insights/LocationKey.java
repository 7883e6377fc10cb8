package com.talentfinder.insights;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a rates-by-location group stands for: one country, "unknown country", or "other countries" (the
 * groups pooled outside the chart's largest ones), always in exactly one currency.
 *
 * @param kind     which of the three it is; the UI picks the words for the last two from its bundle
 * @param country  the country as the service sent it (trimmed), only for {@link Kind#COUNTRY}; else null
 * @param currency the upper-case currency code, never null
 */
public record LocationKey(Kind kind, String country, String currency) {

    /** The three sorts of location group. */
    public enum Kind {
        COUNTRY("country"), UNKNOWN_COUNTRY("unknown_country"), OTHER_COUNTRIES("other_countries");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** Named countries A–Z (case-insensitive, then exact), then unknown, then other; then currency. */
    static final Comparator<LocationKey> ORDER = Comparator
            .comparing(LocationKey::kind)
            .thenComparing(LocationKey::country, Comparator.nullsLast(
                    String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(LocationKey::currency);

    public LocationKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        if ((kind == Kind.COUNTRY) != (country != null)) {
            throw new IllegalArgumentException("a country only for a COUNTRY key");
        }
    }

    /** The key for a country as sent by the service: blank or missing becomes unknown country. */
    public static LocationKey of(String country, String currency) {
        if (country == null || country.isBlank()) {
            return new LocationKey(Kind.UNKNOWN_COUNTRY, null, currency);
        }
        return new LocationKey(Kind.COUNTRY, country.strip(), currency);
    }

    public static LocationKey otherCountries(String currency) {
        return new LocationKey(Kind.OTHER_COUNTRIES, null, currency);
    }
}
