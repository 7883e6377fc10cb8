package com.talentfinder.cleaning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The lenient readers of {@link JsonValues}, for a streaming {@link JsonParser} positioned on a value's first token:
 * the same answer for the same JSON value as {@link JsonValues} gives for the tree that an {@code ObjectMapper}
 * with {@code USE_BIG_DECIMAL_FOR_FLOATS} builds (a missing key, a null, a number sent as a string or a value of
 * the wrong type reads as "absent"). Each reader consumes the whole value, an object or array included, so the
 * parser is left on its last token and the caller's next {@code nextToken()} moves past it.
 */
public final class JsonTokenValues {

    private JsonTokenValues() {
    }

    /** Text, or the text form of a number or boolean; null for null, objects and arrays. */
    public static String text(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue().toString();
            case VALUE_NUMBER_FLOAT -> {
                BigDecimal d = floatValue(p);
                yield d == null ? null : d.toString();
            }
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> skip(p, t);
        };
    }

    /** Only a JSON string (not a number or boolean); null otherwise. */
    public static String string(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : skip(p, t);
    }

    /** A number, or a string holding one ({@code "35.0"}); null when absent or unreadable. */
    public static BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_NUMBER_INT:
                if (isIntOrLong(p)) {
                    return BigDecimal.valueOf(p.getLongValue()); // the same value and scale, without parsing text
                }
                return FreelancerCleaning.sane(p.getDecimalValue());
            case VALUE_NUMBER_FLOAT:
                BigDecimal d = floatValue(p);
                return d == null ? null : FreelancerCleaning.sane(d);
            case VALUE_STRING:
                String s = p.getText().strip();
                if (s.isEmpty() || s.length() > 40) {
                    return null;
                }
                try {
                    return FreelancerCleaning.sane(new BigDecimal(s));
                } catch (NumberFormatException e) {
                    return null;
                }
            default:
                skip(p, t);
                return null;
        }
    }

    /** A whole number in the int range (a decimal is truncated toward zero); null otherwise. */
    public static Integer integer(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue(); // what the decimal path gives for it, without BigDecimal and BigInteger
        }
        Long v = wholeNumber(p, t);
        return v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    /** A whole number in the long range (a decimal is truncated toward zero); null otherwise. */
    public static Long wholeNumber(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && isIntOrLong(p)) {
            return p.getLongValue(); // what the decimal path gives for it, without BigDecimal and BigInteger
        }
        BigDecimal d = decimal(p, t);
        if (d == null) {
            return null;
        }
        try {
            return d.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * {@link #decimal} as a {@code double} ({@link BigDecimal#doubleValue()}, so {@code -0.0} reads as {@code 0.0});
     * null when absent or unreadable. A JSON whole number or plain fraction (no exponent, at most
     * {@value #PLAIN_FRACTION_DIGITS} digits) is read without a {@code BigDecimal}: both ways round the exact value
     * to the nearest double.
     */
    public static Double doubleValue(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && isIntOrLong(p)) {
            return (double) p.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = plainFraction(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        BigDecimal d = decimal(p, t);
        return d == null ? null : d.doubleValue();
    }

    /** Digits of a plain fraction read exactly into a long: below 2^52, so the long and 10^scale are exact doubles. */
    static final int PLAIN_FRACTION_DIGITS = 15;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };

    /**
     * The nearest double to a JSON fraction such as {@code -1390.45}: an optional minus, digits, one point, digits,
     * at most {@value #PLAIN_FRACTION_DIGITS} digits in all; NaN for anything else (an exponent, more digits), which
     * the caller reads the exact way. The digits form a whole number below 10^15 and the divisor is a power of ten
     * up to 10^15, both exact doubles, so the one rounding of the division gives the nearest double to the value,
     * as {@code BigDecimal.doubleValue} does. Zero is always {@code 0.0}, as the exact way reads it.
     */
    static double plainFraction(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (++count > PLAIN_FRACTION_DIGITS) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || scale <= 0) {
            return Double.NaN; // not a fraction as JSON writes one: let the exact way decide
        }
        if (digits == 0) {
            return 0.0;
        }
        double d = digits / POWERS_OF_TEN[scale];
        return negative ? -d : d;
    }

    private static boolean isIntOrLong(JsonParser p) throws IOException {
        JsonParser.NumberType type = p.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    /** {@code true}/{@code false} as a boolean or as a string in any case; false for anything else. */
    public static boolean bool(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_TRUE -> true;
            case VALUE_STRING -> "true".equalsIgnoreCase(p.getText().strip());
            default -> {
                skip(p, t);
                yield false;
            }
        };
    }

    /** Skips an object or array (whatever it holds); always null, so a reader can return it for "absent". */
    public static String skip(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        return null;
    }

    /**
     * A fraction as the tree holds it: Jackson's tree keeps a decimal with its trailing zeros stripped
     * ({@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES}, on by default), so {@code 35.50} reads as
     * {@code 35.5} in both ways. Null for a number no {@code BigDecimal} can hold ({@code 1e999999999999}), which
     * the tree could not read at all (it threw an unchecked exception out of the parser).
     */
    private static BigDecimal floatValue(JsonParser p) throws IOException {
        BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (NumberFormatException e) {
            return null;
        }
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        try {
            return d.stripTrailingZeros();
        } catch (ArithmeticException e) {
            return d;
        }
    }
}
