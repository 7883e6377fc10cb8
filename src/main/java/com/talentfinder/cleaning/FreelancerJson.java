package com.talentfinder.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalised JSON form of a {@link Freelancer}: the command line's {@code --format json}, JSON exports and
 * imports, cached pages and shortlist snapshots all use it, so there is one mapping to keep right.
 *
 * <p>Keys: {@code id, name, title, description, profile_url, portrait_url, hourly_rate, currency, country, state,
 * city, timezone, skills, job_success_score, jss_hidden, total_earnings, earnings_hidden, total_hours,
 * total_completed_jobs, badge, badges, id_verified}. Hidden values are written as null: they were dropped at the
 * API boundary and stay dropped.
 */
public final class FreelancerJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FreelancerJson() {
    }

    public static ObjectNode toJson(Freelancer f) {
        ObjectNode o = F.objectNode();
        o.put("id", f.id());
        o.put("name", f.name());
        o.put("title", f.title());
        o.put("description", f.description());
        o.put("profile_url", f.profileUrl());
        o.put("portrait_url", f.portraitUrl());
        o.put("hourly_rate", f.hourlyRate());
        o.put("currency", f.currency());
        o.put("country", f.country());
        o.put("state", f.state());
        o.put("city", f.city());
        o.put("timezone", f.timezone());
        ArrayNode skills = o.putArray("skills");
        f.skills().forEach(skills::add);
        o.put("job_success_score", f.jobSuccessScore());
        o.put("jss_hidden", f.jssHidden());
        o.put("total_earnings", f.totalEarnings());
        o.put("earnings_hidden", f.earningsHidden());
        o.put("total_hours", f.totalHours());
        o.put("total_completed_jobs", f.totalCompletedJobs());
        Badge badge = f.badge();
        o.put("badge", badge == null ? null : badge.code());
        ArrayNode badges = o.putArray("badges");
        if (f.vetted()) {
            badges.add(Badge.EXPERT_VETTED.code());
        }
        if (f.topRatedPlus()) {
            badges.add(Badge.TOP_RATED_PLUS.code());
        }
        if (f.topRated()) {
            badges.add(Badge.TOP_RATED.code());
        }
        o.put("id_verified", f.idVerified());
        return o;
    }

    public static ArrayNode toJson(List<Freelancer> freelancers) {
        ArrayNode a = F.arrayNode();
        freelancers.forEach(f -> a.add(toJson(f)));
        return a;
    }

    /**
     * Reads the normalised form back. Untrusted (an imported file, a stored row): it goes through the same
     * {@link FreelancerCleaning} as an API answer: text cleaned and capped, numbers checked, URLs checked.
     *
     * @throws IllegalArgumentException when the record has no id
     */
    public static Freelancer fromJson(JsonNode o) {
        String id = JsonValues.text(o, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A freelancer needs an id");
        }
        List<String> skills = new ArrayList<>();
        JsonNode s = o.get("skills");
        if (s != null && s.isArray()) {
            for (JsonNode n : s) {
                if (skills.size() >= 400) {
                    break;
                }
                if (n.isTextual()) {
                    skills.add(n.textValue());
                }
            }
        }
        boolean vetted = false;
        boolean topRatedPlus = false;
        boolean topRated = false;
        JsonNode badges = o.get("badges");
        if (badges != null && badges.isArray()) {
            for (JsonNode b : badges) {
                Badge badge = Badge.fromCode(b.asText());
                vetted |= badge == Badge.EXPERT_VETTED;
                topRatedPlus |= badge == Badge.TOP_RATED_PLUS;
                topRated |= badge == Badge.TOP_RATED;
            }
        } else {
            Badge badge = Badge.fromCode(JsonValues.text(o, "badge"));
            vetted = badge == Badge.EXPERT_VETTED;
            topRatedPlus = badge == Badge.TOP_RATED_PLUS;
            topRated = badge == Badge.TOP_RATED;
        }
        BigDecimal jss = JsonValues.decimal(o, "job_success_score");
        BigDecimal hours = JsonValues.decimal(o, "total_hours");
        String cleanId = UntrustedText.singleLine(id, 120);
        return FreelancerCleaning.clean(new Freelancer(
                id,
                JsonValues.text(o, "name"),
                JsonValues.text(o, "title"),
                JsonValues.text(o, "description"),
                UrlSafety.safeProfileUrl(JsonValues.text(o, "profile_url"), cleanId == null ? id : cleanId),
                JsonValues.text(o, "portrait_url"),
                JsonValues.decimal(o, "hourly_rate"),
                JsonValues.text(o, "currency"),
                JsonValues.text(o, "country"),
                JsonValues.text(o, "state"),
                JsonValues.text(o, "city"),
                JsonValues.text(o, "timezone"),
                skills,
                jss == null ? null : wholeOrNull(jss),
                JsonValues.bool(o, "jss_hidden"),
                JsonValues.decimal(o, "total_earnings"),
                JsonValues.bool(o, "earnings_hidden"),
                hours == null ? null : hours.doubleValue(),
                JsonValues.integer(o, "total_completed_jobs"),
                topRated,
                topRatedPlus,
                vetted,
                JsonValues.bool(o, "id_verified")));
    }

    /** A whole number in the int range, or null (a score of 4200 is then refused by the cleaning). */
    private static Integer wholeOrNull(BigDecimal d) {
        try {
            return d.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
