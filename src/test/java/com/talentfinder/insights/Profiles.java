package com.talentfinder.insights;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;

/** Freelancers for insights tests: only the fields a test names differ from a neutral profile. */
final class Profiles {

    private Profiles() {
    }

    static Freelancer rated(String id, String country, String rate, String currency) {
        return rated(id, country, rate, currency, null);
    }

    static Freelancer rated(String id, String country, String rate, String currency, Badge badge) {
        return new Freelancer(id, "Name " + id, null, null, "https://www.upwork.com/freelancers/" + id, null,
                rate == null ? null : new BigDecimal(rate), currency, country, null, null, null, List.of(),
                null, false, null, false, null, null, badge == Badge.TOP_RATED, badge == Badge.TOP_RATED_PLUS,
                badge == Badge.EXPERT_VETTED, false);
    }

    /** A profile for the ranking: every value given (null = missing); rate in USD. */
    static Freelancer ranked(String id, Integer jss, boolean jssHidden, String earnings, boolean earningsHidden,
                             Double hours, Integer jobs, Badge badge, String rate, List<String> skills) {
        return new Freelancer(id, "Name " + id, null, null, "https://www.upwork.com/freelancers/" + id, null,
                rate == null ? null : new BigDecimal(rate), "USD", "Germany", null, null, null, skills,
                jss, jssHidden, earnings == null ? null : new BigDecimal(earnings), earningsHidden, hours, jobs,
                badge == Badge.TOP_RATED, badge == Badge.TOP_RATED_PLUS, badge == Badge.EXPERT_VETTED, false);
    }

    static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
