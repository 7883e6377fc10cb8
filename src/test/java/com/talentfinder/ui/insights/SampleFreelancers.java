package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test and preview data: freelancers with demo-like countries, rates, JSS and badges, from a fixed seed. */
public final class SampleFreelancers {

    /** Country, currency, typical rate. Weights make a few countries large and many small. */
    private static final Object[][] COUNTRIES = {
        {"United States", "USD", 75, 20}, {"India", "USD", 22, 18}, {"Ukraine", "USD", 38, 10},
        {"Pakistan", "USD", 20, 9}, {"United Kingdom", "GBP", 55, 7}, {"Philippines", "USD", 15, 7},
        {"Germany", "EUR", 65, 5}, {"Nigeria", "USD", 18, 5}, {"Brazil", "USD", 30, 4}, {"Poland", "USD", 40, 4},
        {"Bangladesh", "USD", 15, 4}, {"Canada", "USD", 65, 3}, {"Egypt", "USD", 20, 3}, {"Kenya", "USD", 18, 3},
        {"Spain", "EUR", 45, 2}, {"Serbia", "USD", 35, 2}, {"Vietnam", "USD", 22, 2}, {"Argentina", "USD", 32, 2},
        {"Morocco", "USD", 25, 1}, {"Portugal", "EUR", 42, 1}, {"Ghana", "USD", 17, 1}};
    private static final String[] FIRST = {"Ana", "Kwame", "Mei", "Lukas", "Priya", "José", "Olena", "Tariq",
        "Sofia", "Chen", "Amara", "Mateo", "Yuki", "Fatima", "Noah", "Zoë", "Ravi", "Ines", "Omar", "Lena"};
    private static final String[] LAST = {"Silva", "Mensah", "Wang", "Müller", "Sharma", "García", "Kovalenko",
        "Haddad", "Rossi", "Li", "Okafor", "López", "Tanaka", "Benali", "Smith", "Dubois", "Nowak", "Khan"};
    private static final String[] SKILLS = {"WordPress", "PHP", "WooCommerce", "Elementor", "JavaScript", "CSS",
        "SEO", "React", "Shopify", "Figma"};

    private SampleFreelancers() {
    }

    /** {@code count} freelancers for a query; about one in twelve has no rate. */
    public static List<Freelancer> generate(String query, int count, long seed) {
        Random r = new Random(seed ^ query.hashCode());
        int totalWeight = 0;
        for (Object[] c : COUNTRIES) {
            totalWeight += (int) c[3];
        }
        List<Freelancer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = r.nextInt(totalWeight);
            Object[] c = COUNTRIES[0];
            for (Object[] cc : COUNTRIES) {
                pick -= (int) cc[3];
                if (pick < 0) {
                    c = cc;
                    break;
                }
            }
            double typical = (int) c[2] * (query.contains("shopify") ? 1.15 : query.contains("webflow") ? 1.3 : 1);
            BigDecimal rate = r.nextInt(12) == 0 ? null
                    : BigDecimal.valueOf(Math.max(5, typical * Math.exp(r.nextGaussian() * 0.38)))
                    .setScale(0, RoundingMode.HALF_UP);
            boolean jssHidden = r.nextInt(9) == 0;
            Integer jss = jssHidden || r.nextInt(10) == 0 ? null : 75 + r.nextInt(26);
            int badge = r.nextInt(10);
            List<String> skills = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String skill = SKILLS[r.nextInt(SKILLS.length)];
                if (!skills.contains(skill)) {
                    skills.add(skill);
                }
            }
            String id = "~0" + Long.toHexString(seed) + query.hashCode() + "x" + i;
            out.add(new Freelancer(id, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)],
                    "WordPress developer", null, "https://www.upwork.com/freelancers/" + id, null, rate,
                    rate == null ? null : (String) c[1], (String) c[0], null, null, null, skills, jss, jssHidden,
                    r.nextInt(7) == 0 ? null : BigDecimal.valueOf(Math.round(Math.exp(r.nextDouble() * 13))),
                    false, (double) r.nextInt(6000), r.nextInt(150), badge >= 5, badge >= 8, badge == 9,
                    true));
        }
        return out;
    }
}
