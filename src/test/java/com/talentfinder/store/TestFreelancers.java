package com.talentfinder.store;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;

/** Freelancers for tests: deterministic, varied enough to sort and filter on. */
public final class TestFreelancers {

    private TestFreelancers() {
    }

    public static Freelancer numbered(int i) {
        return withName(i, "Freelancer " + i);
    }

    public static Freelancer withName(int i, String name) {
        String id = "~01" + String.format("%012d", i);
        return new Freelancer(id, name, "Developer " + (i % 7), "Builds things #" + i,
                "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal(20 + (i % 50) + ".50"), "USD", i % 2 == 0 ? "Germany" : "Brazil", null,
                i % 2 == 0 ? "Berlin" : "Recife", "UTC+01:00", List.of("Java", i % 3 == 0 ? "React" : "SQL"),
                i % 5 == 0 ? null : 80 + (i % 21), false, new BigDecimal(i * 100L), false, 10.5 * i, i, i % 4 == 0,
                false, false, true);
    }

    public static Freelancer custom(String id, String name, BigDecimal rate, Integer jss, boolean jssHidden,
                                    BigDecimal earnings, boolean earningsHidden) {
        return new Freelancer(id, name, "Title of " + name, "About " + name,
                "https://www.upwork.com/freelancers/" + id, null, rate, "USD", "Israel", null, "Haifa",
                "UTC+02:00 Israel", List.of("Go"), jss, jssHidden, earnings, earningsHidden, 12.0, 3, false, false,
                false, false);
    }
}
