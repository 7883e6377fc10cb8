package com.talentfinder.ui.search;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Region presets of the country filter: choosing one keeps freelancers from any of its countries, as Upwork spells
 * them (with the usual alternative spellings). No JavaFX: unit-tested on its own.
 */
public enum Region {
    EASTERN_EUROPE("Eastern Europe", "Albania", "Armenia", "Belarus", "Bosnia and Herzegovina", "Bulgaria",
            "Croatia", "Czech Republic", "Czechia", "Estonia", "Georgia", "Hungary", "Kosovo", "Latvia", "Lithuania",
            "Macedonia", "North Macedonia", "Moldova", "Republic of Moldova", "Montenegro", "Poland", "Romania",
            "Russia", "Russian Federation", "Serbia", "Slovakia", "Slovenia", "Ukraine"),
    WESTERN_EUROPE("Western Europe", "Andorra", "Austria", "Belgium", "Cyprus", "Denmark", "Finland", "France",
            "Germany", "Greece", "Iceland", "Ireland", "Italy", "Liechtenstein", "Luxembourg", "Malta", "Monaco",
            "Netherlands", "Norway", "Portugal", "San Marino", "Spain", "Sweden", "Switzerland", "United Kingdom"),
    LATIN_AMERICA("Latin America", "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba",
            "Dominican Republic", "Ecuador", "El Salvador", "Guatemala", "Honduras", "Jamaica", "Mexico",
            "Nicaragua", "Panama", "Paraguay", "Peru", "Puerto Rico", "Trinidad and Tobago", "Uruguay", "Venezuela"),
    SOUTH_ASIA("South Asia", "Afghanistan", "Bangladesh", "Bhutan", "India", "Maldives", "Nepal", "Pakistan",
            "Sri Lanka"),
    SOUTH_EAST_ASIA("South-East Asia", "Brunei", "Brunei Darussalam", "Cambodia", "Indonesia", "Laos", "Malaysia",
            "Myanmar", "Philippines", "Singapore", "Thailand", "Timor-Leste", "Vietnam", "Viet Nam"),
    AFRICA("Africa", "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Cameroon", "Cote d'Ivoire",
            "Egypt", "Ethiopia", "Ghana", "Kenya", "Madagascar", "Malawi", "Mali", "Mauritius", "Morocco",
            "Mozambique", "Namibia", "Nigeria", "Rwanda", "Senegal", "Sierra Leone", "South Africa", "Sudan",
            "Tanzania", "Tunisia", "Uganda", "Zambia", "Zimbabwe"),
    NORTH_AMERICA("North America", "Canada", "United States", "United States of America", "USA"),
    OCEANIA("Oceania", "Australia", "Fiji", "New Zealand", "Papua New Guinea", "Samoa");

    private final String label;
    private final Set<String> countries;

    Region(String label, String... countries) {
        this.label = label;
        this.countries = Stream.of(countries).collect(Collectors.toUnmodifiableSet());
    }

    public String label() {
        return label;
    }

    /** The countries of the region, as spelled on Upwork. */
    public Set<String> countries() {
        return countries;
    }

    /** True when {@code country} (any case) lies in this region. */
    public boolean contains(String country) {
        if (country == null) {
            return false;
        }
        String c = country.strip().toLowerCase(Locale.ROOT);
        return countries.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(c));
    }

    @Override
    public String toString() {
        return label;
    }
}
