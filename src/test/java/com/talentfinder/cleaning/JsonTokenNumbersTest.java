package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short ways {@link JsonTokenValues} reads plain numbers ({@code doubleValue}, {@code wholeNumber},
 * {@code integer}) give what the exact way through {@link JsonTokenValues#decimal} gives.
 */
class JsonTokenNumbersTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    private interface Reader<T> {
        T read(JsonParser p, JsonToken t) throws IOException;
    }

    private static <T> T read(String json, Reader<T> reader) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return reader.read(p, p.nextToken());
        }
    }

    /** What the exact way gives: the decimal's {@code doubleValue()}. */
    private static Double exactDouble(String json) throws IOException {
        BigDecimal d = read(json, JsonTokenValues::decimal);
        return d == null ? null : d.doubleValue();
    }

    private static Long exactWhole(String json) throws IOException {
        BigDecimal d = read(json, JsonTokenValues::decimal);
        if (d == null) {
            return null;
        }
        try {
            return d.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static List<String> numbers() {
        List<String> out = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "-0.000", "1", "-1", "0.1", "0.2",
                "0.3", "1390.45", "5320.17", "-1390.45", "123456789012345", "1234567890123456", "12345678901234.5",
                "123456789012345.6", "1234567890123456.7", "0.000000000000001", "0.0000000000000001",
                "999999999999999.9", "9999999999999999", "4503599627370495", "4503599627370496",
                "9007199254740993", "2147483647", "2147483648", "-2147483648", "-2147483649",
                "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                "1e3", "1E-3", "-0e0", "2.5e-3", "1.5", "0.5", "-0.5", "\"12.5\"", "\" 7 \"", "\"x\"", "null",
                "true", "[1.5]", "{\"a\": 1}"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(17);
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
            int point = random.nextInt(digits);
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) {
                    sb.append('.');
                }
                sb.append(d == 0 && point != 1 ? (char) ('1' + random.nextInt(9)) : (char) ('0' + random.nextInt(10)));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void doublesAreTheNearestDoubleAsTheDecimalGivesThem() throws IOException {
        for (String json : numbers()) {
            Double expected = exactDouble(json);
            Double actual = read(json, JsonTokenValues::doubleValue);
            // Double.equals tells 0.0 from -0.0: the exact way never gives -0.0.
            assertThat(actual).as(json).isEqualTo(expected);
        }
    }

    @Test
    void wholeNumbersAndIntegersAreWhatTheDecimalGives() throws IOException {
        for (String json : numbers()) {
            Long expected = exactWhole(json);
            assertThat(read(json, JsonTokenValues::wholeNumber)).as(json).isEqualTo(expected);
            Integer expectedInt = expected == null || expected < Integer.MIN_VALUE || expected > Integer.MAX_VALUE
                    ? null : expected.intValue();
            assertThat(read(json, JsonTokenValues::integer)).as(json).isEqualTo(expectedInt);
        }
    }

    @Test
    void plainFractionsOnlyTheShortWayElseNaN() {
        assertThat(JsonTokenValues.plainFraction("-1390.45".toCharArray(), 0, 8)).isEqualTo(-1390.45);
        assertThat(JsonTokenValues.plainFraction("x0.5x".toCharArray(), 1, 3)).isEqualTo(0.5);
        assertThat(JsonTokenValues.plainFraction("-0.0".toCharArray(), 0, 4)).isEqualTo(0.0);
        for (String notShort : List.of("12", "1e3", "1.5e2", "1234567890123456.7", "0.0000000000000001", "-", ".",
                "1.2.3", "NaN", "Infinity", "")) {
            assertThat(JsonTokenValues.plainFraction(notShort.toCharArray(), 0, notShort.length())).as(notShort)
                    .isNaN();
        }
    }
}
