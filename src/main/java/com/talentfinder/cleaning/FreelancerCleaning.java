package com.talentfinder.cleaning;


import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The one cleaning for a freelancer that came from outside, whatever the way in: an API answer
 * ({@code api.ResponseParser}), an imported file or a stored row ({@link FreelancerJson}). Text is cleaned and
 * capped ({@link UntrustedText}), numbers are checked for sanity (no absurd exponent, rates and counts not
 * negative and below a cap, Job Success 0–100), URLs are checked ({@link UrlSafety}). A value that fails a check
 * is dropped (read as "not given"), never guessed. Idempotent: cleaning a clean freelancer changes nothing.
 */
public final class FreelancerCleaning {

    static final int MAX_ID = 120;
    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_SHORT_TEXT = 120;
    static final int MAX_CURRENCY = 10;
    static final int MAX_SKILLS = 200;
    private static final int SMALL_SKILL_LIST = 16;
    /** No hourly rate is above this (in any currency we meet, a ten-thousand an hour is already absurd). */
    public static final BigDecimal MAX_RATE = new BigDecimal("10000");
    /** No lifetime earnings are above ten billion. */
    public static final BigDecimal MAX_EARNINGS = new BigDecimal("10000000000");
    public static final double MAX_HOURS = 10_000_000;
    public static final int MAX_JOBS = 1_000_000;

    private FreelancerCleaning() {
    }

    /**
     * A cleaned copy of {@code raw}.
     *
     * @throws IllegalArgumentException when nothing of the id is left after cleaning
     */
    public static Freelancer clean(Freelancer raw) {
        return clean(raw.id(), raw.name(), raw.title(), raw.description(), raw.profileUrl(), raw.portraitUrl(),
                raw.hourlyRate(), raw.currency(), raw.country(), raw.state(), raw.city(), raw.timezone(), raw.skills(),
                raw.jobSuccessScore(), raw.jssHidden(), raw.totalEarnings(), raw.earningsHidden(), raw.totalHours(),
                raw.totalCompletedJobs(), raw.topRated(), raw.topRatedPlus(), raw.vetted(), raw.idVerified());
    }

    /**
     * A cleaned freelancer from values as they were read (the fields of {@link Freelancer}, in its order): the same
     * as {@link #clean(Freelancer)} of a record holding them, built once, for a reader that has them separately
     * (a blank or unsafe {@code profileUrl} is rebuilt from the id, as there).
     *
     * @throws IllegalArgumentException when nothing of the id is left after cleaning
     */
    public static Freelancer clean(String rawId, String name, String title, String description, String profileUrl,
            String portraitUrl, BigDecimal hourlyRate, String currency, String country, String state, String city,
            String timezone, List<String> skills, Integer jss, boolean jssHidden, BigDecimal totalEarnings,
            boolean earningsHidden, Double hours, Integer jobs, boolean topRated, boolean topRatedPlus,
            boolean vetted, boolean idVerified) {
        String id = UntrustedText.singleLine(rawId, MAX_ID);
        if (id == null) {
            throw new IllegalArgumentException("A freelancer needs an id");
        }
        return cleanRest(id, name, title, description, profileUrl, portraitUrl, hourlyRate,
                UntrustedText.singleLine(currency, MAX_CURRENCY),
                UntrustedText.singleLine(country, MAX_SHORT_TEXT),
                UntrustedText.singleLine(state, MAX_SHORT_TEXT),
                UntrustedText.singleLine(city, MAX_SHORT_TEXT),
                UntrustedText.singleLine(timezone, MAX_SHORT_TEXT),
                skills(skills), jss, jssHidden, totalEarnings, earningsHidden, hours, jobs, topRated, topRatedPlus,
                vetted, idVerified);
    }

    /**
     * {@link #clean(String, String, String, String, String, String, BigDecimal, String, String, String, String,
     * String, List, Integer, boolean, BigDecimal, boolean, Double, Integer, boolean, boolean, boolean, boolean)}
     * once the id, the short texts and the skills are cleaned ({@link StreamedFreelancer} cleans those as it reads
     * them); the rest is cleaned here.
     */
    static Freelancer cleanRest(String id, String name, String title, String description, String profileUrl,
            String portraitUrl, BigDecimal hourlyRate, String cleanCurrency, String cleanCountry, String cleanState,
            String cleanCity, String cleanTimezone, List<String> cleanSkills, Integer jss, boolean jssHidden,
            BigDecimal totalEarnings, boolean earningsHidden, Double hours, Integer jobs, boolean topRated,
            boolean topRatedPlus, boolean vetted, boolean idVerified) {
        return new Freelancer(
                id,
                UntrustedText.singleLine(name, MAX_NAME),
                UntrustedText.singleLine(title, MAX_TITLE),
                UntrustedText.multiLine(description, MAX_DESCRIPTION),
                UrlSafety.safeProfileUrl(profileUrl, id),
                UrlSafety.safePortraitUrl(portraitUrl),
                amount(hourlyRate, MAX_RATE),
                cleanCurrency,
                cleanCountry,
                cleanState,
                cleanCity,
                cleanTimezone,
                cleanSkills,
                jssHidden || jss == null || jss < 0 || jss > 100 ? null : jss,
                jssHidden,
                earningsHidden ? null : amount(totalEarnings, MAX_EARNINGS),
                earningsHidden,
                hours == null || !Double.isFinite(hours) || hours < 0 || hours > MAX_HOURS ? null : hours,
                jobs == null || jobs < 0 || jobs > MAX_JOBS ? null : jobs,
                topRated,
                topRatedPlus,
                vetted,
                idVerified);
    }

    /** A money amount: sane (see {@link #sane}), not negative and at most {@code max}; null otherwise. */
    public static BigDecimal amount(BigDecimal value, BigDecimal max) {
        BigDecimal d = sane(value);
        if (d == null || d.signum() < 0) {
            return null;
        }
        // Fewer whole digits than the cap has means below it (precision() is already known from sane()).
        return d.precision() - d.scale() < max.precision() - max.scale() || d.compareTo(max) <= 0 ? d : null;
    }

    /**
     * Refuses absurd magnitudes such as {@code 1e999999999} or {@code 1e-100000000}: rounding or printing them
     * would take enormous time and memory. No real rate, score, count or amount has more than 20 whole digits or
     * 40 decimals.
     */
    public static BigDecimal sane(BigDecimal d) {
        if (d == null || d.scale() > 40 || d.scale() < -20 || d.precision() - d.scale() > 20) {
            return null;
        }
        return d;
    }

    /** Strings only, cleaned, blanks and repeats dropped, order kept, at most {@link #MAX_SKILLS}. */
    static List<String> skills(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        // A record holds a handful of skills: a list searched in place is cheaper than a hash set for those.
        Collection<String> out = raw.size() <= SMALL_SKILL_LIST ? new ArrayList<>(raw.size()) : new LinkedHashSet<>();
        for (String s : raw) {
            if (out.size() >= MAX_SKILLS) {
                break;
            }
            String skill = UntrustedText.singleLine(s, MAX_SHORT_TEXT);
            if (skill != null && !(out instanceof List && out.contains(skill))) {
                out.add(skill);
            }
        }
        return List.copyOf(out);
    }
}
