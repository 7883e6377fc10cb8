package com.talentfinder.ui.shortlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.BadgeLook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed in a profile since it was saved (rate, JSS, badge), as the JSON the store keeps
 * ({@code {"hourly_rate": {"was": 35, "now": 40, "currency": "USD"}}}) and as a sentence for a tooltip
 * ("Rate 35 → 40 USD"). A hidden JSS is the text "hidden", never a number.
 */
final class RefreshChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIDDEN = "hidden";

    private RefreshChanges() {
    }

    /** The changes from {@code saved} to {@code now}, or null when rate, JSS and badge are the same. */
    static String between(Freelancer saved, Freelancer now) {
        ObjectNode out = JSON.createObjectNode();
        if (!sameRate(saved, now)) {
            ObjectNode rate = out.putObject("hourly_rate");
            putNumber(rate, "was", saved.hourlyRate());
            putNumber(rate, "now", now.hourlyRate());
            rate.put("currency", now.currency() != null ? now.currency() : saved.currency());
        }
        Object jssWas = jss(saved);
        Object jssNow = jss(now);
        if (!Objects.equals(jssWas, jssNow)) {
            ObjectNode jss = out.putObject("job_success_score");
            putValue(jss, "was", jssWas);
            putValue(jss, "now", jssNow);
        }
        if (saved.badge() != now.badge()) {
            ObjectNode badge = out.putObject("badge");
            badge.put("was", saved.badge() == null ? null : saved.badge().code());
            badge.put("now", now.badge() == null ? null : now.badge().code());
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** "Rate 35 → 40 USD · JSS 90% → 95% · Badge none → Top Rated"; empty for null or unreadable JSON. */
    static String describe(String changesJson) {
        if (changesJson == null || changesJson.isBlank()) {
            return "";
        }
        JsonNode root;
        try {
            root = JSON.readTree(changesJson);
        } catch (JsonProcessingException e) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        JsonNode rate = root.path("hourly_rate");
        if (rate.isObject()) {
            parts.add(Messages.format("shortlist.change.rate", number(rate.get("was")), number(rate.get("now")),
                    rate.path("currency").asText("")).strip());
        }
        JsonNode jss = root.path("job_success_score");
        if (jss.isObject()) {
            parts.add(Messages.format("shortlist.change.jss", percent(jss.get("was")), percent(jss.get("now"))));
        }
        JsonNode badge = root.path("badge");
        if (badge.isObject()) {
            parts.add(Messages.format("shortlist.change.badge", badge(badge.get("was")), badge(badge.get("now"))));
        }
        return String.join(" · ", parts);
    }

    private static boolean sameRate(Freelancer a, Freelancer b) {
        boolean sameNumber = a.hourlyRate() == null ? b.hourlyRate() == null
                : b.hourlyRate() != null && a.hourlyRate().compareTo(b.hourlyRate()) == 0;
        return sameNumber && Objects.equals(a.currency(), b.currency());
    }

    private static Object jss(Freelancer f) {
        return f.jssHidden() ? HIDDEN : f.jobSuccessScore();
    }

    private static void putNumber(ObjectNode o, String key, BigDecimal v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static void putValue(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Integer i) {
            o.put(key, i);
        } else {
            o.put(key, v.toString());
        }
    }

    private static JsonNode wrap(JsonNode n) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("v", n);
    }

    private static String number(JsonNode n) {
        java.math.BigDecimal d = n == null || n.isNull() || !n.isNumber() && !n.isTextual() ? null
                : com.talentfinder.cleaning.JsonValues.decimal(wrap(n), "v");
        return d == null ? Messages.get("shortlist.change.none") : d.stripTrailingZeros().toPlainString();
    }

    private static String percent(JsonNode n) {
        if (n == null || n.isNull()) {
            return Messages.get("shortlist.change.none");
        }
        return n.isNumber() ? n.asInt() + "%" : n.asText();
    }

    private static String badge(JsonNode n) {
        Badge b = n == null || n.isNull() ? null : Badge.fromCode(n.asText());
        return b == null ? Messages.get("shortlist.change.none") : BadgeLook.label(b);
    }
}
