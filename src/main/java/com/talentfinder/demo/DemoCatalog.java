package com.talentfinder.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skill families for the demo dataset: the roles people put in their titles, their core and extra skills,
 * a base US hourly rate, and sentences their descriptions are made of ({@code skill-families.txt} and
 * {@code sentences.txt} beside this class).
 */
final class DemoCatalog {

    /** One kind of freelancer. {@code baseRate} is a typical US hourly rate in dollars. */
    record Family(String id, String category, double baseRate, int weight, List<String> roles,
                  List<String> coreSkills, List<String> extraSkills) {
    }

    static final List<String> DOMAINS = List.of("fintech", "e-commerce", "healthcare", "SaaS", "real estate",
            "education", "logistics", "travel", "media", "gaming", "non-profit", "marketing");

    static final List<String> CLOSINGS = List.of(
            "I communicate clearly and keep you updated at every step.",
            "Let's talk about your project; I usually reply within a few hours.",
            "I am happy to start with a small paid trial task.",
            "Long-term collaboration is what I enjoy most.",
            "I have worked with clients from the US, Europe and Australia across many time zones.");

    static final List<Family> FAMILY_LIST = parseFamilies();
    static final Map<String, List<String>> SENTENCES_BY_CATEGORY = parseSentences();

    private DemoCatalog() {
    }

    private static List<Family> parseFamilies() {
        List<Family> list = new ArrayList<>();
        for (String line : DemoResources.lines("skill-families.txt")) {
            String[] f = line.split("\\|");
            list.add(new Family(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                    List.of(f[4].split(";")), List.of(f[5].split(",")), List.of(f[6].split(","))));
        }
        return List.copyOf(list);
    }

    private static Map<String, List<String>> parseSentences() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : DemoResources.lines("sentences.txt")) {
            String[] f = line.split("\\|");
            map.put(f[0], List.of(f[1].split(";")));
        }
        for (Family family : FAMILY_LIST) {
            if (!map.containsKey(family.category())) {
                throw new IllegalStateException("No sentences for " + family.category());
            }
        }
        return Map.copyOf(map);
    }
}
