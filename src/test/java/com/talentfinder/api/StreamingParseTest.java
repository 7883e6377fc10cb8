package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.demo.DemoDataset;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link ResponseParser} against the tree-based one it replaced ({@link TreeResponseParser}, kept
 * verbatim): for the same bytes, the same page (records compared field by field, decimals with their scale) or
 * the same failure (kind, reason, message). Plus the streaming-specific edge cases on their own.
 */
class StreamingParseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final int DEMO_RECORDS = 1_000;
    private static final SearchRequest REQUEST = new SearchRequest("react developer", 2, 3);

    private final ResponseParser streaming = new ResponseParser(CLOCK);
    private final TreeResponseParser tree = new TreeResponseParser(CLOCK);

    /** Parses with both and asserts the same outcome; returns the streaming page (null when both failed). */
    private SearchPage same(String body) {
        return same(body.getBytes(StandardCharsets.UTF_8));
    }

    private SearchPage same(byte[] body) {
        SearchPage expected = null;
        ApiException expectedError = null;
        try {
            expected = tree.parse(REQUEST, body, 200);
        } catch (ApiException e) {
            expectedError = e;
        }
        SearchPage actual = null;
        ApiException actualError = null;
        try {
            actual = streaming.parse(REQUEST, body, 200);
        } catch (ApiException e) {
            actualError = e;
        }
        Supplier<String> where = () -> {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return "for " + text + (body.length > 300 ? "... (" + body.length + " bytes)" : "");
        };
        if (expectedError != null) {
            assertThat(actualError).as(where).isNotNull();
            assertThat(actualError.kind()).as(where).isEqualTo(expectedError.kind());
            assertThat(actualError.reason()).as(where).isEqualTo(expectedError.reason());
            assertThat(actualError.getMessage()).as(where).isEqualTo(expectedError.getMessage());
            assertThat(actualError.retryAfter()).as(where).isEqualTo(expectedError.retryAfter());
            return null;
        }
        assertThat(actualError).as(where).isNull();
        assertThat(actual).as(where).isEqualTo(expected);
        return actual;
    }

    private static String record(String field, String jsonValue) {
        return ApiFixtures.sampleWith(field, jsonValue);
    }

    /** The sample record with one more key at its end (a key it has already then counts with this value). */
    private static String withRaw(String field, String rawJson) {
        String sample = ApiFixtures.SAMPLE_FREELANCER;
        return sample.substring(0, sample.lastIndexOf('}')) + ", \"" + field + "\": " + rawJson + "}";
    }

    private static String page(String... records) {
        return ApiFixtures.page(2, 3, 1000, 334, List.of(records));
    }

    @Test
    void everyDemoFreelancerReadsTheSameAsWithTheTree() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        DemoDataset.shared().entries().stream().limit(DEMO_RECORDS).forEach(e -> data.add(e.toJson()));
        body.put("status", "success");
        SearchPage page = same(JSON.writeValueAsBytes(body));
        assertThat(page.freelancers()).hasSize(DEMO_RECORDS);
    }

    /** Every field of the record with every kind of value the service could drift to. */
    @Test
    void everyFieldWithEveryOddValueReadsTheSame() {
        List<String> fields = List.of("ciphertext", "name", "title", "description", "profile_url", "portrait_url",
                "hourly_rate", "currency", "country", "state", "city", "timezone", "skills", "job_success_score",
                "hide_jss", "total_earnings", "hide_earnings", "total_hours", "total_completed_jobs", "top_rated",
                "top_rated_plus", "vetted", "id_verified");
        List<String> values = List.of("null", "true", "false", "0", "-0", "7", "-5", "0.0", "0.00", "35.50",
                "100.000", "1e3", "1E+2", "2.5e-3", "0.995", "1.0", "12345678901234567890123",
                "123456789012345678901234567890.5", "1e999999", "\"\"", "\"  \"", "\" 35.0 \"", "\"TRUE\"",
                "\" true \"", "\"abc\"", "\"1e3\"", "\"top_rated\"", "\"top_rated_plus\"", "\"a\\u0000b\\u202ec\"",
                "\"line\\r\\nbreak\\ttab\"", "\"https://www.upwork.com/freelancers/~01x\"", "\"javascript:alert(1)\"",
                "[]", "[\"React\", 1, null, [\"x\"], {\"y\": 1}, \" Go \", \"\", \"React\"]", "{}",
                "{\"a\": [1, {\"b\": null}], \"c\": \"d\"}", "[[[[]]]]");
        int pages = 0;
        for (String field : fields) {
            for (String value : values) {
                same(page(record(field, value)));
                pages++;
            }
            same(page(record(field, null)));
        }
        assertThat(pages).isEqualTo(fields.size() * values.size());
    }

    /**
     * The number fields, read without {@code BigDecimal} when the JSON is a plain whole number or fraction (hours,
     * Job Success, counts), against the tree's exact reading: edges of int and long, the 0–1 and percentage
     * scales, negative zero, fractions up to and past the digits read the short way, and random fractions.
     */
    @Test
    void numbersReadTheShortWayReadTheSameAsTheExactWay() {
        List<String> fields = List.of("total_hours", "job_success_score", "total_completed_jobs", "hourly_rate",
                "total_earnings", "hide_jss");
        List<String> values = new ArrayList<>(List.of("0", "-0", "1", "2", "-1", "99", "100", "101", "-101",
                "2147483647", "2147483648", "-2147483648", "-2147483649", "-21474837", "9223372036854775807",
                "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0.0", "-0.0", "0.5",
                "-0.5", "0.995", "0.994", "1.0", "1.5", "99.5", "100.4", "100.5", "1390.45", "5320.17",
                "10000000.0", "10000000.5", "9999999.99", "0.1", "0.2", "0.3", "123456789012345.6",
                "12345678901234.56", "1234567890123456.7", "0.000000000000001", "0.0000000000000001",
                "4503599627370495.5", "999999999999999.9", "0.1e1", "5e-1", "1E2", "-0e0", "\"1390.45\"",
                "\" 0.5 \"", "\"-0.0\""));
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 300; i++) {
            int whole = random.nextInt(8);
            int decimals = 1 + random.nextInt(9);
            String digits = Long.toString(Math.abs(random.nextLong())) + "0000000000000000000";
            values.add((random.nextBoolean() ? "-" : "") + (whole == 0 ? "0" : digits.substring(0, whole).replaceFirst(
                    "^0+(?=.)", "")) + "." + digits.substring(whole, whole + decimals));
        }
        for (String field : fields) {
            for (String value : values) {
                same(page(record(field, value)));
            }
        }
    }

    @Test
    void unknownFieldsAndNestedObjectsAreSkippedEverywhere() {
        String nested = "{\"deep\": {\"deeper\": [1, 2, {\"ciphertext\": \"~not-this\", \"skills\": [\"no\"]}]}}";
        String rec = ApiFixtures.SAMPLE_FREELANCER.replace("{\"city\"",
                "{\"extra\": " + nested + ", \"agency\": {\"name\": \"Not the name\"}, \"city\"");
        String body = "{\"meta\": " + nested + ", \"data\": {\"extra\": " + nested + ", \"freelancers\": [" + rec
                + "], \"total_results\": 1, \"total_pages\": 1, \"more\": [" + nested + "]}, \"status\": \"success\","
                + " \"tail\": " + nested + "}";
        SearchPage page = same(body);
        assertThat(page.freelancers()).extracting(Freelancer::id, Freelancer::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApiFixtures.SAMPLE_ID, "Yurij M."));
        assertThat(page.freelancers().get(0).skills()).containsExactly("React", "Node.js", "JavaScript");
    }

    @Test
    void theStatusMayComeAfterOrBeforeTheDataAndKeysSentTwiceCountWithTheLastValue() {
        String rec = ApiFixtures.freelancer("~a", "Ada");
        same("{\"status\": \"success\", \"data\": [" + rec + "]}");
        same("{\"data\": [" + rec + "], \"status\": \" SUCCESS \"}");
        same("{\"data\": \"junk\", \"data\": [" + rec + "], \"status\": \"error\", \"status\": \"success\"}");
        same("{\"data\": [" + rec + "], \"status\": \"success\", \"data\": {\"freelancers\": null}}");
        same("{\"data\": {\"freelancers\": {}, \"freelancers\": [" + rec + "]}, \"status\": \"success\"}");
        SearchPage page = same("{\"data\": [{\"ciphertext\": \"~a\", \"name\": \"First\", \"name\": \"Last\"}],"
                + " \"status\": \"success\"}");
        assertThat(page.freelancers().get(0).name()).isEqualTo("Last");
    }

    @Test
    void wrongTypesForTheEnvelopeReadTheSame() {
        String rec = ApiFixtures.freelancer("~a", "Ada");
        List<String> bodies = List.of(
                "{\"data\": null, \"status\": \"success\"}",
                "{\"data\": \"x\", \"status\": \"success\"}",
                "{\"data\": 3, \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": \"x\"}, \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": 5}, \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": null, \"total_results\": 40}, \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": [" + rec + "], \"total_results\": \"12\", \"total_pages\": 4.9},"
                        + " \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": [" + rec + "], \"total_results\": {}, \"total_pages\": []},"
                        + " \"status\": \"success\"}",
                "{\"data\": {\"freelancers\": [" + rec + "], \"total_results\": 99999999999999999999},"
                        + " \"status\": \"success\"}",
                "{\"data\": [" + rec + ", null, 3, \"x\", [], {}, {\"ciphertext\": null}, " + rec + "],"
                        + " \"status\": \"success\"}",
                "{\"data\": [], \"status\": \"success\"}",
                "{\"data\": [" + rec + "], \"status\": true}",
                "{\"data\": [" + rec + "], \"status\": {\"ok\": \"success\"}}",
                "{\"data\": [" + rec + "], \"status\": [\"success\"]}",
                "{\"data\": [" + rec + "]}",
                "[{\"status\": \"success\"}]",
                "\"success\"",
                "null",
                "  ",
                "{}");
        for (String body : bodies) {
            same(body);
        }
    }

    @Test
    void anUnsuccessfulStatusIsMappedFromTheWholeBodyAsBefore() {
        same(ApiFixtures.errorBody("upstream_error", 403, "blocked", 502));
        same("{\"data\": \"junk\", \"status\": \"error\", \"error\": {\"status\": \"rate_limited\", \"retry_after\": 30},"
                + " \"status_code\": 429}");
        same("{\"status\": \"failed\", \"status_code\": 401}");
        same("{\"status\": \"failed\", \"error\": {\"status\": \"stale_input\", \"message\": \"bad query\"}}");
    }

    /** Cut anywhere, an answer is the same unreadable-answer failure, never a partial page. */
    @Test
    void aTruncatedAnswerIsTheSameFailureWhereverItIsCut() {
        byte[] whole = page(ApiFixtures.SAMPLE_FREELANCER, ApiFixtures.freelancer("~b", "Bea"))
                .getBytes(StandardCharsets.UTF_8);
        int failures = 0;
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            if (same(part) == null) {
                failures++;
            }
            assertThatThrownBy(() -> streaming.parse(REQUEST, part)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.reason()).isEqualTo(ApiException.Reason.UNREADABLE));
        }
        assertThat(failures).isEqualTo(whole.length);
    }

    @Test
    void trailingTokensAndGarbageAreUnreadable() {
        String body = page(ApiFixtures.SAMPLE_FREELANCER);
        for (String tail : List.of(" {}", "<html>", " 1", "]", "}", " \"x\"")) {
            assertThat(same(body + tail)).isNull();
        }
        assertThat(same(body + "  \n")).isNotNull();
    }

    @Test
    void hugeStringsAreCappedAsBefore() {
        String huge = "x".repeat(2_000_000);
        SearchPage page = same(page(record("description", "\"" + huge + "\""), record("name", "\"" + huge + "\"")));
        assertThat(page.freelancers().get(0).description()).hasSize(ResponseParser.MAX_DESCRIPTION);
        assertThat(page.freelancers().get(1).name()).hasSize(ResponseParser.MAX_NAME);
        List<String> manySkills = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            manySkills.add("\"skill " + i + "\"");
        }
        SearchPage skills = same(page(record("skills", "[" + String.join(",", manySkills) + "]")));
        assertThat(skills.freelancers().get(0).skills()).hasSize(ResponseParser.MAX_SKILLS);
        // A huge string in a field nobody reads is skipped, not kept.
        assertThat(same(page(record("unknown_field", "\"" + huge + "\""))).freelancers()).hasSize(1);
    }

    @Test
    void deepNestingAndHugeNumbersFailOrPassAsBefore() {
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        same(page("{\"unknown_field\": " + deep + ", " + ApiFixtures.SAMPLE_FREELANCER.substring(1)));
        same(page("{\"unknown_field\": " + deep.substring(2, deep.length() - 2) + ", "
                + ApiFixtures.SAMPLE_FREELANCER.substring(1)));
        assertThat(same(page(withRaw("hourly_rate", "1" + "0".repeat(1_500))))).isNull();
        assertThat(same(page(withRaw("unknown_field", "1" + "0".repeat(1_500))))).isNull();
        same(page(withRaw("total_hours", "-1e-" + "9".repeat(9))));
        same(page(withRaw("total_hours", "1e" + "9".repeat(9))));
    }

    /** The one place where the two differ on purpose: the tree let an unchecked exception out of the parser. */
    @Test
    void aNumberNoDecimalCanHoldIsAbsentInsteadOfAnUncheckedException() throws ApiException {
        for (String field : List.of("total_hours", "hourly_rate", "name", "unknown_field")) {
            byte[] body = page(withRaw(field, "1e" + "9".repeat(12))).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> tree.parse(REQUEST, body, 200)).isInstanceOf(NumberFormatException.class);
            Freelancer f = streaming.parse(REQUEST, body).freelancers().get(0);
            assertThat(f.id()).isEqualTo(ApiFixtures.SAMPLE_ID);
            assertThat(f.totalHours()).isEqualTo(field.equals("total_hours") ? null : 5320.17);
            assertThat(f.hourlyRate()).isEqualTo(field.equals("hourly_rate") ? null : new BigDecimal("35.0"));
            assertThat(f.name()).isEqualTo(field.equals("name") ? null : "Yurij M.");
        }
    }
}
