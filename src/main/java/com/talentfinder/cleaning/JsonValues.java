package com.talentfinder.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Lenient readers for the service's JSON, whose schema drifts: a missing key, a null, a number sent as a
 * string or a value of the wrong type all read as "absent" (null) instead of failing the whole answer.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Text, or the text form of a number or boolean; null for null, missing, objects and arrays. */
    public static String text(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        if (n == null || n.isNull() || n.isContainerNode() || n.isMissingNode()) {
            return null;
        }
        return n.asText();
    }

    /** Only a JSON string (not a number or boolean); null otherwise. */
    public static String string(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    /** A number, or a string holding one ({@code "35.0"}); null when absent or unreadable. */
    public static BigDecimal decimal(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            if (n.isDouble() || n.isFloat()) {
                double v = n.doubleValue();
                return Double.isFinite(v) ? sane(BigDecimal.valueOf(v)) : null;
            }
            return sane(n.decimalValue());
        }
        if (n.isTextual()) {
            String t = n.textValue().strip();
            if (t.isEmpty() || t.length() > 40) {
                return null;
            }
            try {
                return sane(new BigDecimal(t));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** See {@link FreelancerCleaning#sane}. */
    private static BigDecimal sane(BigDecimal d) {
        return FreelancerCleaning.sane(d);
    }

    /** A whole number in the int range (a decimal is truncated toward zero); null otherwise. */
    public static Integer integer(JsonNode parent, String key) {
        Long v = wholeNumber(parent, key);
        return v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    /** A whole number in the long range (a decimal is truncated toward zero); null otherwise. */
    public static Long wholeNumber(JsonNode parent, String key) {
        BigDecimal d = decimal(parent, key);
        if (d == null) {
            return null;
        }
        try {
            return d.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** {@code true}/{@code false} as a boolean or as a string in any case; false for anything else. */
    public static boolean bool(JsonNode parent, String key) {
        JsonNode n = parent == null ? null : parent.get(key);
        if (n == null) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.isTextual() && "true".equalsIgnoreCase(n.textValue().strip());
    }
}
