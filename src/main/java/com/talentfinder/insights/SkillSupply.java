package com.talentfinder.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Turns supply observations into one time series per keyword ("freelancers offering X" over time). */
public final class SkillSupply {

    private SkillSupply() {
    }

    /**
     * One point of a series.
     *
     * @param methodChanged true when this point was collected differently from the point before it
     */
    public record Point(Instant time, long totalResults, String method, boolean methodChanged) {
    }

    /** The points of one keyword, oldest first. */
    public record Series(String keyword, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }

        /** True when any point was collected differently from the one before. */
        public boolean hasMethodChange() {
            return points.stream().anyMatch(Point::methodChanged);
        }
    }

    /**
     * The keyword a query belongs to: trimmed, lower-case, inner blanks collapsed, so that "WordPress" and
     * " wordpress " are one series.
     */
    public static String keyword(String query) {
        return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * One series per keyword (keywords A–Z; blank queries dropped), points oldest first (equal times keep their
     * input order); the first point of a series is never marked as a change.
     */
    public static List<Series> series(List<SupplyObservation> observations) {
        Map<String, List<SupplyObservation>> byKeyword = new TreeMap<>();
        for (SupplyObservation o : observations) {
            String k = keyword(o.query());
            if (!k.isEmpty()) {
                byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
        }
        List<Series> out = new ArrayList<>();
        byKeyword.forEach((k, list) -> out.add(toSeries(k, list)));
        return out;
    }

    /** The series of one keyword (matched as {@link #keyword(String)}); empty points when none. */
    public static Series series(List<SupplyObservation> observations, String keyword) {
        String k = keyword(keyword);
        return series(observations).stream().filter(s -> s.keyword().equals(k)).findFirst()
                .orElse(new Series(k, List.of()));
    }

    private static Series toSeries(String keyword, List<SupplyObservation> list) {
        List<SupplyObservation> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(SupplyObservation::time));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SupplyObservation o = sorted.get(i);
            boolean changed = i > 0 && !Objects.equals(sorted.get(i - 1).method(), o.method());
            points.add(new Point(o.time(), o.totalResults(), o.method(), changed));
        }
        return new Series(keyword, points);
    }
}
