package com.talentfinder.ui.insights;

import com.talentfinder.insights.Confidence;
import com.talentfinder.insights.FetchedWindow;
import com.talentfinder.insights.LocationKey;
import com.talentfinder.ui.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The words and number formats the Insights screen shares between its parts (all text from the bundle). */
final class InsightsText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Messages.LOCALE);

    private InsightsText() {
    }

    /** "3 credits on your plan", "Demo data: no credits", "No credits: all in the cache". */
    static String cost(InsightsPort.Cost cost) {
        if (cost == null) {
            return "";
        }
        return cost.demo() ? Messages.get("insights.cost.demo") : Messages.format("insights.cost.credits", cost.credits());
    }

    /** The caveat every chart and export carries, with the fetch dates. */
    static String caveat(FetchedWindow window, ZoneId zone) {
        return Messages.format("insights.caveat", fetched(window, zone));
    }

    static String fetched(FetchedWindow window, ZoneId zone) {
        if (window == null) {
            return Messages.get("insights.fetched.unknown");
        }
        String from = DAY.format(window.earliest().atZone(zone));
        String to = DAY.format(window.latest().atZone(zone));
        return from.equals(to) ? Messages.format("insights.fetched.on", from)
                : Messages.format("insights.fetched.between", from, to);
    }

    /** A rate with two decimals at most ("42.5", "40"), or "–" when there is none. */
    static String amount(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.LOCALE);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    static String confidence(Confidence c) {
        return dynamic("insights.confidence.", c.code());
    }

    /** The text of a key made of a prefix and a code (e.g. a confidence or a factor). */
    static String dynamic(String prefix, String code) {
        String key = prefix + code;
        return Messages.get(key);
    }

    static String location(LocationKey key) {
        return switch (key.kind()) {
            case COUNTRY -> key.country();
            case UNKNOWN_COUNTRY -> Messages.get("insights.location.unknown");
            case OTHER_COUNTRIES -> Messages.get("insights.location.other");
        };
    }

    /** Keywords typed with commas or new lines: trimmed, blanks and repeats (case-insensitive) dropped. */
    static List<String> keywords(String text) {
        if (text == null) {
            return List.of();
        }
        java.util.LinkedHashMap<String, String> seen = new java.util.LinkedHashMap<>();
        Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> seen.putIfAbsent(s.toLowerCase(Messages.LOCALE), s));
        return List.copyOf(seen.values());
    }
}
