package com.talentfinder.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.demo.DemoCatalog.Family;
import com.talentfinder.demo.DemoGeography.City;
import com.talentfinder.demo.DemoGeography.Country;
import com.talentfinder.demo.DemoGeography.NamePool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds one demo freelancer from a seed and an index. Each record has its own {@link Random} seeded from
 * both, so a record never depends on the ones before it, on the clock or on the default locale.
 */
final class DemoProfileGenerator {

    private static final Set<String> EURO_COUNTRIES = Set.of("Germany", "Austria", "France", "Belgium",
            "Netherlands", "Spain", "Portugal", "Italy", "Greece", "Finland", "Ireland", "Lithuania", "Latvia",
            "Estonia", "Slovakia", "Croatia");
    private static final String PORTRAIT_PREFIX = "https://www.upwork.com/profile-portraits/demo/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final long seed;
    private final int[] countryWeights;
    private final int[] familyWeights;

    DemoProfileGenerator(long seed) {
        this.seed = seed;
        this.countryWeights = DemoGeography.COUNTRY_LIST.stream().mapToInt(Country::weight).toArray();
        this.familyWeights = DemoCatalog.FAMILY_LIST.stream().mapToInt(Family::weight).toArray();
    }

    /** A stable Upwork-looking id: "~01" and 16 hex digits (SplitMix64 is a bijection, so ids are unique). */
    static String ciphertext(long seed, int index) {
        String hex = Long.toHexString(mix(seed * 31 + index));
        return "~01" + "0".repeat(16 - hex.length()) + hex;
    }

    DemoDataset.Entry profile(int index) {
        Random r = new Random(mix(seed ^ (0x9E37_79B9L * (index + 1))));
        String id = ciphertext(seed, index);
        Country country = DemoGeography.COUNTRY_LIST.get(weighted(r, countryWeights));
        City city = country.cities().get(r.nextInt(country.cities().size()));
        Family family = DemoCatalog.FAMILY_LIST.get(weighted(r, familyWeights));
        String firstName = pick(r, DemoGeography.POOLS.get(country.pool()).firstNames());
        String name = firstName + " " + initial(r, firstName, DemoGeography.POOLS.get(country.pool())) + ".";

        int level = seniority(r);
        int years = new int[] {1, 2, 5, 8}[level] + r.nextInt(new int[] {2, 5, 8, 11}[level]);
        List<String> skills = skills(r, family);
        String title = DemoText.title(r, family, level, years, skills);
        String description = DemoText.description(r, family, firstName, years, skills);

        double rate = Math.max(3, Math.min(250, Math.round(family.baseRate() * country.costFactor()
                * new double[] {0.6, 1.0, 1.35, 1.7}[level] * Math.exp(r.nextGaussian() * 0.25))));
        String currency = currency(r, country);

        boolean newcomer = r.nextDouble() < 0.12;
        int jobs = newcomer ? 0 : (int) Math.min(400, Math.max(1,
                Math.round(years * (1.5 + r.nextDouble() * 4) * Math.exp(r.nextGaussian() * 0.5))));
        boolean fixedPriceOnly = !newcomer && r.nextDouble() < 0.1;
        double hours = newcomer || fixedPriceOnly ? 0
                : round2(jobs * Math.exp(Math.log(45) + 0.9 * r.nextGaussian()));
        long earnings = newcomer ? 0 : Math.round(hours * rate * (0.55 + 0.4 * r.nextDouble())
                + jobs * (fixedPriceOnly ? 300 + 2700 * r.nextDouble() : 250 * r.nextDouble()));
        Double jss = jobs < 3 ? null : jobSuccess(r);

        boolean topRatedPlus = jss != null && jss >= 0.9 && earnings >= 10_000 && jobs >= 10 && r.nextDouble() < 0.6;
        boolean topRated = topRatedPlus || jss != null && jss >= 0.9 && earnings >= 1_000 && r.nextDouble() < 0.7;
        boolean vetted = topRated && earnings >= 20_000 && r.nextDouble() < 0.15;
        boolean hideJss = r.nextDouble() < 0.06;
        boolean hideEarnings = r.nextDouble() < 0.06;

        ObjectNode node = JSON.objectNode();
        node.put("ciphertext", id);
        node.put("name", name);
        node.put("title", title);
        node.put("description", description);
        node.put("profile_url", "https://www.upwork.com/freelancers/" + id);
        node.put("portrait_url", r.nextDouble() < 0.85 ? PORTRAIT_PREFIX + id : null);
        putRate(node, r, rate);
        node.put("currency", currency);
        node.put("country", country.name());
        node.put("state", city.state());
        node.put("city", r.nextDouble() < 0.03 ? null : city.name());
        node.put("timezone", r.nextDouble() < 0.01 ? null : city.timezone());
        ArrayNode skillArray = node.putArray("skills");
        skills.forEach(skillArray::add);
        putJss(node, r, jss);
        node.put("hide_jss", hideJss);
        putNumber(node, r, "total_earnings", BigDecimal.valueOf(earnings), 0.06);
        node.put("hide_earnings", hideEarnings);
        putNumber(node, r, "total_hours", BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP), 0.08);
        putNumber(node, r, "total_completed_jobs", BigDecimal.valueOf(jobs), 0.08);
        node.put("top_rated", topRated ? "top_rated" : notEligibleOrNull(r));
        node.put("top_rated_plus", topRatedPlus ? "top_rated_plus" : notEligibleOrNull(r));
        node.put("vetted", vetted);
        node.put("id_verified", r.nextDouble() < 0.88);
        return new DemoDataset.Entry(id, name, title, description, skills, jss, node);
    }

    private static int seniority(Random r) {
        double u = r.nextDouble();
        return u < 0.08 ? 0 : u < 0.50 ? 1 : u < 0.88 ? 2 : 3;
    }

    private static List<String> skills(Random r, Family family) {
        List<String> extras = new ArrayList<>(family.extraSkills());
        Collections.shuffle(extras, r);
        List<String> skills = new ArrayList<>(family.coreSkills());
        int extraCount = Math.min(extras.size(), 2 + r.nextInt(5));
        for (String s : extras.subList(0, extraCount)) {
            if (!skills.contains(s)) {
                skills.add(s);
            }
        }
        return skills;
    }

    private static char initial(Random r, String firstName, NamePool pool) {
        String initials = DemoGeography.initialsFor(firstName, pool);
        return initials.charAt(r.nextInt(initials.length()));
    }

    private static String currency(Random r, Country country) {
        if (EURO_COUNTRIES.contains(country.name()) && r.nextDouble() < 0.15) {
            return "EUR";
        }
        if (country.name().equals("United Kingdom") && r.nextDouble() < 0.25) {
            return "GBP";
        }
        return "USD";
    }

    private static Double jobSuccess(Random r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        if (u < 0.33) {
            return 1.0;
        }
        double score = u < 0.80 ? 0.90 + 0.09 * v : u < 0.92 ? 0.80 + 0.09 * v : 0.50 + 0.29 * v;
        return round2(score);
    }

    /** Mostly "35.0" as a string, as the API sends it; sometimes a bare number, rarely null. */
    private static void putRate(ObjectNode node, Random r, double rate) {
        double u = r.nextDouble();
        if (u < 0.02) {
            node.putNull("hourly_rate");
        } else if (u < 0.07) {
            node.put("hourly_rate", rate);
        } else {
            node.put("hourly_rate", BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
    }

    private static void putJss(ObjectNode node, Random r, Double jss) {
        if (jss == null) {
            node.putNull("job_success_score");
        } else if (r.nextDouble() < 0.03) {
            node.put("job_success_score", BigDecimal.valueOf(jss).toPlainString());
        } else if (jss == 1.0) {
            node.put("job_success_score", 1);
        } else {
            node.put("job_success_score", jss);
        }
    }

    /** A number, or (with probability {@code asString}) the same number in a string. */
    private static void putNumber(ObjectNode node, Random r, String field, BigDecimal value, double asString) {
        if (r.nextDouble() < asString) {
            node.put(field, value.toPlainString());
        } else if (value.scale() > 0) {
            node.put(field, value.doubleValue());
        } else {
            node.put(field, value.longValueExact());
        }
    }

    private static String notEligibleOrNull(Random r) {
        return r.nextDouble() < 0.25 ? "not_eligible" : null;
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static int weighted(Random r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static long mix(long z) {
        z += 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
