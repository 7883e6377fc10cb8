package com.talentfinder.ui.dev;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dev only: a source of generated freelancers for looking at the window without the real client.
 * Queries containing "401", "404", "429", "502", "timeout" fail that way; "slow" answers after 5 s;
 * "nothing" matches nobody.
 */
final class DevFreelancers implements FreelancerSource {

    private static final String[] FIRST = {"Ana", "Kwame", "Mei", "Lukas", "Priya", "José", "Olena", "Tariq",
        "Sofia", "Chen", "Amara", "Mateo", "Yuki", "Fatima", "Noah", "Zoë"};
    private static final String[] LAST = {"Silva", "Mensah", "Wang", "Müller", "Sharma", "García", "Kovalenko",
        "Haddad", "Rossi", "Li", "Okafor", "López", "Tanaka", "Benali", "Smith", "Dubois"};
    private static final String[][] PLACES = {{"Lisbon", "Portugal", "EUR"}, {"Accra", "Ghana", "USD"},
        {"Shenzhen", "China", "USD"}, {"Berlin", "Germany", "EUR"}, {"Pune", "India", "USD"},
        {"Madrid", "Spain", "EUR"}, {"Kyiv", "Ukraine", "USD"}, {"Amman", "Jordan", "USD"},
        {"Milan", "Italy", "EUR"}, {"London", "United Kingdom", "GBP"}, {"Lagos", "Nigeria", "USD"},
        {"Bogotá", "Colombia", "USD"}, {"Osaka", "Japan", "USD"}, {"Casablanca", "Morocco", "USD"},
        {"Austin", "United States", "USD"}, {"Lyon", "France", "EUR"}};
    private static final String[] TITLES = {"Senior React Developer", "Full-Stack Engineer (React, Node.js)",
        "Frontend Developer & UI Designer", "Mobile Developer — React Native", "TypeScript Specialist",
        "JavaScript Engineer for SaaS products"};
    private static final String[] SKILLS = {"React", "TypeScript", "Node.js", "Redux", "Next.js", "GraphQL",
        "CSS", "Tailwind CSS", "Jest", "AWS", "Figma", "React Native"};

    @Override
    public SearchPage search(SearchRequest r) throws ApiException, InterruptedException {
        String q = r.normalisedQuery();
        Thread.sleep(q.contains("slow") ? 5000 : 250);
        if (q.contains("401")) {
            throw new ApiException(ApiException.Kind.UNAUTHORIZED,
                    "parse.bot did not accept the API key. Check the key in Settings.", 401, null, null);
        }
        if (q.contains("404")) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "parse.bot does not know this scraper id.");
        }
        if (q.contains("429")) {
            throw new ApiException(ApiException.Kind.RATE_LIMITED, "parse.bot asked us to slow down.", 429,
                    Duration.ofSeconds(17), null);
        }
        if (q.contains("502")) {
            throw new ApiException(ApiException.Kind.UPSTREAM_ERROR,
                    "Upwork answered parse.bot with an error (403).", 502, null, null);
        }
        if (q.contains("timeout")) {
            throw new ApiException(ApiException.Kind.TIMEOUT, "parse.bot did not answer within 60 seconds.");
        }
        int total = q.contains("nothing") ? 0 : 1234;
        int from = (r.page() - 1) * r.perPage();
        List<Freelancer> list = new ArrayList<>();
        for (int i = from; i < Math.min(total, from + r.perPage()); i++) {
            list.add(freelancer(i));
        }
        return new SearchPage(r, total, (total + r.perPage() - 1) / r.perPage(), list, Instant.now(), false);
    }

    private static Freelancer freelancer(int i) {
        Random rnd = new Random(i * 7919L);
        String[] place = PLACES[rnd.nextInt(PLACES.length)];
        List<String> skills = new ArrayList<>();
        for (int k = 0; k < 3 + rnd.nextInt(5); k++) {
            String s = SKILLS[rnd.nextInt(SKILLS.length)];
            if (!skills.contains(s)) {
                skills.add(s);
            }
        }
        boolean noScore = rnd.nextInt(8) == 0;
        int badge = rnd.nextInt(6);
        return new Freelancer("~01dev" + i, FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)],
                TITLES[rnd.nextInt(TITLES.length)], "Experienced developer.", "https://www.upwork.com/freelancers/~01dev" + i,
                null, rnd.nextInt(12) == 0 ? null : BigDecimal.valueOf(15 + rnd.nextInt(120)), place[2], place[1],
                null, place[0], "UTC+01:00", skills, noScore ? null : 75 + rnd.nextInt(26), rnd.nextInt(9) == 0,
                BigDecimal.valueOf(rnd.nextInt(400_000)), rnd.nextInt(7) == 0, rnd.nextDouble() * 9000,
                rnd.nextInt(300), badge == 1, badge == 2, badge == 3, rnd.nextBoolean());
    }
}
