package com.talentfinder.cleaning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.io.IOException;
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

    /**
     * {@link #fromJson(JsonNode)} for a streaming parser positioned on the record's {@code START_OBJECT}: the same
     * record for the same JSON as the tree gives with {@code USE_BIG_DECIMAL_FOR_FLOATS} (each value read by
     * {@link JsonTokenValues}), without building the tree. Leaves the parser on the record's {@code END_OBJECT}.
     *
     * @throws IllegalArgumentException when the record has no id
     */
    public static Freelancer fromJson(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            JsonTokenValues.skip(p, p.currentToken());
            throw new IllegalArgumentException("A freelancer needs an id");
        }
        String id = null;
        String name = null;
        String title = null;
        String description = null;
        String profileUrl = null;
        String portraitUrl = null;
        BigDecimal rate = null;
        String currency = null;
        String country = null;
        String state = null;
        String city = null;
        String timezone = null;
        List<String> skills = new ArrayList<>();
        BigDecimal jss = null;
        boolean jssHidden = false;
        BigDecimal earnings = null;
        boolean earningsHidden = false;
        BigDecimal hours = null;
        Integer jobs = null;
        boolean idVerified = false;
        String badge = null;
        boolean badgesArray = false;
        boolean vetted = false;
        boolean topRatedPlus = false;
        boolean topRated = false;
        String key;
        while ((key = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (key) {
                case "id" -> id = JsonTokenValues.text(p, t);
                case "name" -> name = JsonTokenValues.text(p, t);
                case "title" -> title = JsonTokenValues.text(p, t);
                case "description" -> description = JsonTokenValues.text(p, t);
                case "profile_url" -> profileUrl = JsonTokenValues.text(p, t);
                case "portrait_url" -> portraitUrl = JsonTokenValues.text(p, t);
                case "hourly_rate" -> rate = JsonTokenValues.decimal(p, t);
                case "currency" -> currency = JsonTokenValues.text(p, t);
                case "country" -> country = JsonTokenValues.text(p, t);
                case "state" -> state = JsonTokenValues.text(p, t);
                case "city" -> city = JsonTokenValues.text(p, t);
                case "timezone" -> timezone = JsonTokenValues.text(p, t);
                case "skills" -> skills = strings(p, t);
                case "job_success_score" -> jss = JsonTokenValues.decimal(p, t);
                case "jss_hidden" -> jssHidden = JsonTokenValues.bool(p, t);
                case "total_earnings" -> earnings = JsonTokenValues.decimal(p, t);
                case "earnings_hidden" -> earningsHidden = JsonTokenValues.bool(p, t);
                case "total_hours" -> hours = JsonTokenValues.decimal(p, t);
                case "total_completed_jobs" -> jobs = JsonTokenValues.integer(p, t);
                case "id_verified" -> idVerified = JsonTokenValues.bool(p, t);
                case "badge" -> badge = JsonTokenValues.text(p, t);
                case "badges" -> {
                    badgesArray = t == JsonToken.START_ARRAY;
                    vetted = false;
                    topRatedPlus = false;
                    topRated = false;
                    if (badgesArray) {
                        JsonToken b;
                        while ((b = p.nextToken()) != JsonToken.END_ARRAY) {
                            // JsonNode.asText(): "null" for null, "" for an object or array
                            String code = b == JsonToken.VALUE_NULL ? "null" : JsonTokenValues.text(p, b);
                            Badge found = Badge.fromCode(code == null ? "" : code);
                            vetted |= found == Badge.EXPERT_VETTED;
                            topRatedPlus |= found == Badge.TOP_RATED_PLUS;
                            topRated |= found == Badge.TOP_RATED;
                        }
                    } else {
                        JsonTokenValues.skip(p, t);
                    }
                }
                default -> JsonTokenValues.skip(p, t);
            }
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A freelancer needs an id");
        }
        if (!badgesArray) {
            Badge b = Badge.fromCode(badge);
            vetted = b == Badge.EXPERT_VETTED;
            topRatedPlus = b == Badge.TOP_RATED_PLUS;
            topRated = b == Badge.TOP_RATED;
        }
        String cleanId = UntrustedText.singleLine(id, 120);
        return FreelancerCleaning.clean(new Freelancer(
                id,
                name,
                title,
                description,
                UrlSafety.safeProfileUrl(profileUrl, cleanId == null ? id : cleanId),
                portraitUrl,
                rate,
                currency,
                country,
                state,
                city,
                timezone,
                skills,
                jss == null ? null : wholeOrNull(jss),
                jssHidden,
                earnings,
                earningsHidden,
                hours == null ? null : hours.doubleValue(),
                jobs,
                topRated,
                topRatedPlus,
                vetted,
                idVerified));
    }

    /** The strings of an array (at most 400; other elements skipped); an empty list for anything else. */
    private static List<String> strings(JsonParser p, JsonToken start) throws IOException {
        List<String> out = new ArrayList<>();
        if (start != JsonToken.START_ARRAY) {
            JsonTokenValues.skip(p, start);
            return out;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                if (out.size() < 400) {
                    out.add(p.getText());
                }
            } else {
                JsonTokenValues.skip(p, t);
            }
        }
        return out;
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
