package com.talentfinder.demo;

import com.talentfinder.demo.DemoCatalog.Family;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Titles and descriptions for demo freelancers, written the way people write them on Upwork. */
final class DemoText {

    private static final String[] LEVEL_PREFIX = {"Junior ", "", "Senior ", "Lead "};

    private DemoText() {
    }

    static String title(Random r, Family family, int level, int years, List<String> skills) {
        String role = DemoProfileGenerator.pick(r, family.roles());
        String otherRole = DemoProfileGenerator.pick(r, family.roles());
        List<String> picks = skillsNotIn(role, skills, r);
        String s1 = picks.get(0);
        String s2 = picks.get(Math.min(1, picks.size() - 1));
        String s3 = picks.get(Math.min(2, picks.size() - 1));
        String prefix = LEVEL_PREFIX[level];
        return switch (r.nextInt(7)) {
            case 0 -> prefix + role + " | " + s1 + ", " + s2;
            case 1 -> prefix + role + " (" + s1 + " + " + s2 + ")";
            case 2 -> role + " | " + s1 + " | " + s2 + " | " + s3;
            case 3 -> prefix + role + " - " + years + "+ " + (years == 1 ? "Year" : "Years") + " of Experience";
            case 4 -> s1 + " Expert | " + role;
            case 5 -> role + " " + s1 + " " + (otherRole.equals(role) ? "" : otherRole + " ") + s2 + " " + s3;
            default -> otherRole.equals(role) ? prefix + role + " | " + s1 : prefix + role + " & " + otherRole;
        };
    }

    static String description(Random r, Family family, String firstName, int years, List<String> skills) {
        List<String> shuffled = new ArrayList<>(skills);
        Collections.shuffle(shuffled, r);
        String s1 = shuffled.get(0);
        String s2 = shuffled.get(1);
        String domain = DemoProfileGenerator.pick(r, DemoCatalog.DOMAINS);
        String domain2 = DemoProfileGenerator.pick(r, DemoCatalog.DOMAINS);
        String yearsText = years == 1 ? "1 year" : years + " years";
        String role = DemoProfileGenerator.pick(r, family.roles());
        String opening = switch (r.nextInt(3)) {
            case 0 -> "Hi, I'm " + firstName + ", " + role
                    + " with " + yearsText + " of experience in " + domain + " projects.";
            case 1 -> yearsText + " of hands-on experience with " + s1 + " and " + s2 + ", mostly for " + domain
                    + " clients.";
            default -> "Over the last " + yearsText + " I have helped " + domain
                    + (domain2.equals(domain) ? "" : " and " + domain2) + " companies with " + s1 + " and " + s2 + ".";
        };
        List<String> middle = new ArrayList<>(DemoCatalog.SENTENCES_BY_CATEGORY.get(family.category()));
        Collections.shuffle(middle, r);
        int middleCount = 1 + r.nextInt(2);
        StringBuilder text = new StringBuilder(opening);
        for (String sentence : middle.subList(0, middleCount)) {
            text.append(' ').append(sentence.replace("{s1}", s1).replace("{s2}", s2));
        }
        if (r.nextBoolean()) {
            text.append(' ').append(DemoProfileGenerator.pick(r, DemoCatalog.CLOSINGS));
        }
        return text.toString();
    }

    /** The skills, shuffled, without those the role already names (so titles do not repeat themselves). */
    private static List<String> skillsNotIn(String role, List<String> skills, Random r) {
        List<String> list = new ArrayList<>();
        String roleLower = role.toLowerCase(Locale.ROOT);
        for (String s : skills) {
            if (!roleLower.contains(s.toLowerCase(Locale.ROOT))) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            list.addAll(skills);
        }
        Collections.shuffle(list, r);
        return list;
    }
}
