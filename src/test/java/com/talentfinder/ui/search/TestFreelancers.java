package com.talentfinder.ui.search;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;

/** Builds freelancers for tests: sensible defaults, change only what a test is about. */
final class TestFreelancers {

    String id = "~01abc";
    String name = "Ada Lovelace";
    String title = "React developer";
    BigDecimal rate = new BigDecimal("35.0");
    String currency = "USD";
    String country = "United Kingdom";
    String city = "London";
    List<String> skills = List.of("React", "TypeScript");
    Integer jss = 98;
    boolean jssHidden;
    BigDecimal earnings = new BigDecimal("12345");
    boolean earningsHidden;
    Double hours = 5320.17;
    Integer jobs = 7;
    boolean topRated;
    boolean topRatedPlus;
    boolean vetted;

    static TestFreelancers freelancer(String id) {
        TestFreelancers b = new TestFreelancers();
        b.id = id;
        return b;
    }

    TestFreelancers name(String v) { name = v; return this; }
    TestFreelancers rate(String v, String cur) { rate = v == null ? null : new BigDecimal(v); currency = cur; return this; }
    TestFreelancers country(String v) { country = v; return this; }
    TestFreelancers city(String v) { city = v; return this; }
    TestFreelancers skills(String... v) { skills = List.of(v); return this; }
    TestFreelancers jss(Integer v) { jss = v; return this; }
    TestFreelancers jssHidden() { jssHidden = true; return this; }
    TestFreelancers earnings(String v) { earnings = v == null ? null : new BigDecimal(v); return this; }
    TestFreelancers earningsHidden() { earningsHidden = true; return this; }
    TestFreelancers hours(Double v) { hours = v; return this; }
    TestFreelancers jobs(Integer v) { jobs = v; return this; }
    TestFreelancers topRated() { topRated = true; return this; }
    TestFreelancers topRatedPlus() { topRatedPlus = true; return this; }
    TestFreelancers vetted() { vetted = true; return this; }

    Freelancer build() {
        return new Freelancer(id, name, title, "About " + name, "https://www.upwork.com/freelancers/" + id, null,
                rate, currency, country, null, city, "UTC+00:00", skills, jss, jssHidden, earnings, earningsHidden,
                hours, jobs, topRated, topRatedPlus, vetted, true);
    }
}
