package com.talentfinder.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The "not …" part of the filters, ready to match: countries (regions already expanded to their countries), skills
 * and words. No JavaFX.
 *
 * <ul>
 *   <li>a country matches the freelancer's country, case ignored; a profile without a country is kept;</li>
 *   <li>a skill matches a listed skill as a whole, case ignored ("not Java" keeps "JavaScript");</li>
 *   <li>a word (or phrase) matches whole words in the title or description, case ignored ("not agency" drops
 *       "Agency owner", keeps "agencies").</li>
 * </ul>
 */
public final class Exclusions {

    public static final Exclusions NONE = new Exclusions(Set.of(), Set.of(), Set.of());

    private final Set<String> countries;
    private final Set<String> skills;
    private final Set<String> words;
    private final List<Pattern> wordPatterns;

    public Exclusions(Set<String> countries, Set<String> skills, Set<String> words) {
        this.countries = lower(countries);
        this.skills = lower(skills);
        this.words = lower(words);
        this.wordPatterns = this.words.stream()
                .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    private static Set<String> lower(Set<String> values) {
        return values == null ? Set.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isEmpty() {
        return countries.isEmpty() && skills.isEmpty() && words.isEmpty();
    }

    /** True when {@code f} is excluded by any of them. */
    public boolean excludes(Freelancer f) {
        if (!countries.isEmpty() && f.country() != null
                && countries.contains(f.country().strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!skills.isEmpty()) {
            for (String s : f.skills()) {
                if (s != null && skills.contains(s.strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        for (Pattern p : wordPatterns) {
            if ((f.title() != null && p.matcher(f.title()).find())
                    || (f.description() != null && p.matcher(f.description()).find())) {
                return true;
            }
        }
        return false;
    }

    public Set<String> countries() {
        return countries;
    }

    public Set<String> skills() {
        return skills;
    }

    public Set<String> words() {
        return words;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exclusions x && countries.equals(x.countries) && skills.equals(x.skills)
                && words.equals(x.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(countries, skills, words);
    }

    @Override
    public String toString() {
        return "Exclusions[countries=" + countries + ", skills=" + skills + ", words=" + words + "]";
    }
}
