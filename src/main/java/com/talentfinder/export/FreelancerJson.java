package com.talentfinder.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.api.UrlSafety;
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
     * Reads the normalised form back. Untrusted (an imported file): URLs are checked again, a missing id fails.
     *
     * @throws IllegalArgumentException when the record has no id
     */
    public static Freelancer fromJson(JsonNode o) {
        String id = text(o, "id");
        List<String> skills = new ArrayList<>();
        JsonNode s = o.get("skills");
        if (s != null && s.isArray()) {
            s.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    skills.add(n.asText());
                }
            });
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
            Badge badge = Badge.fromCode(text(o, "badge"));
            vetted = badge == Badge.EXPERT_VETTED;
            topRatedPlus = badge == Badge.TOP_RATED_PLUS;
            topRated = badge == Badge.TOP_RATED;
        }
        BigDecimal jss = decimal(o, "job_success_score");
        return new Freelancer(
                id,
                text(o, "name"),
                text(o, "title"),
                text(o, "description"),
                UrlSafety.safeProfileUrl(text(o, "profile_url"), id),
                UrlSafety.safePortraitUrl(text(o, "portrait_url")),
                decimal(o, "hourly_rate"),
                text(o, "currency"),
                text(o, "country"),
                text(o, "state"),
                text(o, "city"),
                text(o, "timezone"),
                skills,
                jss == null ? null : jss.intValue(),
                bool(o, "jss_hidden"),
                decimal(o, "total_earnings"),
                bool(o, "earnings_hidden"),
                decimal(o, "total_hours") == null ? null : decimal(o, "total_hours").doubleValue(),
                decimal(o, "total_completed_jobs") == null ? null : decimal(o, "total_completed_jobs").intValue(),
                topRated,
                topRatedPlus,
                vetted,
                bool(o, "id_verified"));
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static boolean bool(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n != null && (n.asBoolean(false) || "true".equalsIgnoreCase(n.asText()));
    }

    private static BigDecimal decimal(JsonNode o, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            String t = n.asText().strip();
            return t.isEmpty() ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
