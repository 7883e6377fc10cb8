package com.talentfinder.bench;

import java.util.Locale;

/**
 * One figure of the performance budget: a value against a baseline measured in the same run, their ratio,
 * and the target the ratio (or, for a frame budget, the value) must meet.
 *
 * @param name      a stable dotted name, e.g. {@code startup.first_results_frame}
 * @param value     what was measured
 * @param unit      its unit
 * @param baseline  the floor it is compared with (same run)
 * @param baseUnit  the floor's unit
 * @param target    the bound, or NaN for a figure that is only reported
 * @param onValue   true when the target bounds the value itself (a frame budget), not the ratio
 * @param note      a short remark (what was measured, why missed), may be empty
 */
public record Figure(String name, double value, String unit, double baseline, String baseUnit, double target,
                     boolean onValue, String note) {

    /** A figure whose ratio must be at most {@code maxRatio}. */
    static Figure ratio(String name, double value, String unit, double baseline, String baseUnit, double maxRatio,
                        String note) {
        return new Figure(name, value, unit, baseline, baseUnit, maxRatio, false, note);
    }

    /** A figure whose value must be at most {@code maxValue}. */
    static Figure bound(String name, double value, String unit, double baseline, String baseUnit, double maxValue,
                        String note) {
        return new Figure(name, value, unit, baseline, baseUnit, maxValue, true, note);
    }

    /** A figure that is only reported. */
    static Figure reported(String name, double value, String unit, double baseline, String baseUnit, String note) {
        return new Figure(name, value, unit, baseline, baseUnit, Double.NaN, false, note);
    }

    /** A figure that could not be measured: missed (or reported) with the reason. */
    static Figure failed(String name, String unit, double target, boolean onValue, String reason) {
        return new Figure(name, Double.NaN, unit, Double.NaN, unit, target, onValue, reason);
    }

    public double ratio() {
        return baseline == 0 ? Double.NaN : value / baseline;
    }

    public boolean isReported() {
        return Double.isNaN(target);
    }

    public boolean met() {
        if (isReported() || Double.isNaN(value)) {
            return false;
        }
        double checked = onValue ? value : ratio();
        return !Double.isNaN(checked) && checked <= target;
    }

    /** "met", "missed" or "reported". */
    public String status() {
        return isReported() ? "reported" : met() ? "met" : "missed";
    }

    /** The target as printed: "≤ 1.5×", "≤ 16 ms" or "-". */
    public String targetText() {
        if (isReported()) {
            return "-";
        }
        return onValue ? "<= " + number(target) + " " + unit : "<= " + number(target) + "x";
    }

    /** {@code name: value unit, baseline value unit, ratio R, target T, met|missed|reported} */
    public String line() {
        return name + ": " + number(value) + " " + unit + ", baseline " + number(baseline) + " " + baseUnit
                + ", ratio " + number(ratio()) + ", target " + targetText() + ", " + status();
    }

    /** One JSON object (no external library: the harness writes it by hand). */
    public String json() {
        return "{\"name\": " + quote(name) + ", \"value\": " + jsonNumber(value) + ", \"unit\": " + quote(unit)
                + ", \"baseline\": " + jsonNumber(baseline) + ", \"baseline_unit\": " + quote(baseUnit)
                + ", \"ratio\": " + jsonNumber(ratio()) + ", \"target\": " + quote(targetText())
                + ", \"status\": " + quote(status()) + ", \"note\": " + quote(note == null ? "" : note) + "}";
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "n/a";
        }
        double a = Math.abs(d);
        if (a >= 100 || d == Math.rint(d)) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (a >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.format(Locale.ROOT, "%.3g", d);
    }

    private static String jsonNumber(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.6g", d);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
