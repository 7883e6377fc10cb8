package com.talentfinder.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One freelancer profile, normalised at the API boundary.
 *
 * <p>Invariants enforced here, so no later layer can break them: a hidden Job Success Score or hidden
 * earnings carry no value at all; URLs have already been checked (see {@code api.UrlSafety});
 * the skills list is immutable and never null.
 *
 * @param id                 Upwork's stable profile id (the {@code ciphertext}), never blank
 * @param profileUrl         a safe https Upwork URL, never null
 * @param portraitUrl        a safe https Upwork URL, or null when there is none
 * @param hourlyRate         the rate as sent, or null; always read together with {@code currency}
 * @param jobSuccessScore    0–100, or null when hidden or when there is no score yet
 * @param totalEarnings      or null when hidden or not sent
 */
public record Freelancer(
        String id,
        String name,
        String title,
        String description,
        String profileUrl,
        String portraitUrl,
        BigDecimal hourlyRate,
        String currency,
        String country,
        String state,
        String city,
        String timezone,
        List<String> skills,
        Integer jobSuccessScore,
        boolean jssHidden,
        BigDecimal totalEarnings,
        boolean earningsHidden,
        Double totalHours,
        Integer totalCompletedJobs,
        boolean topRated,
        boolean topRatedPlus,
        boolean vetted,
        boolean idVerified) {

    public Freelancer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A freelancer needs an id");
        }
        Objects.requireNonNull(profileUrl, "profileUrl");
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (jssHidden) {
            jobSuccessScore = null;
        }
        if (earningsHidden) {
            totalEarnings = null;
        }
    }

    /** The highest badge the profile carries, in Upwork's order, or null for none. */
    public Badge badge() {
        if (vetted) {
            return Badge.EXPERT_VETTED;
        }
        if (topRatedPlus) {
            return Badge.TOP_RATED_PLUS;
        }
        if (topRated) {
            return Badge.TOP_RATED;
        }
        return null;
    }

    /** "City, Country" with whatever parts are known; empty when none is. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        if (city != null && !city.isBlank()) {
            sb.append(city.strip());
        }
        if (country != null && !country.isBlank()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(country.strip());
        }
        return sb.toString();
    }

    /** The name to show: the freelancer's name, or a neutral fallback when it was not sent. */
    public String displayName() {
        return name == null || name.isBlank() ? "Unnamed freelancer" : name.strip();
    }
}
