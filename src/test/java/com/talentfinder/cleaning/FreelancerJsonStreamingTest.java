package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.demo.DemoDataset;
import com.talentfinder.domain.Freelancer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link FreelancerJson#fromJson(JsonParser)} (stored snapshots) against the tree one
 * ({@link FreelancerJson#fromJson(JsonNode)}): the same record, or the same refusal, for the same JSON.
 */
class FreelancerJsonStreamingTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static Object viaTree(String json) {
        try {
            return FreelancerJson.fromJson(JSON.readTree(json));
        } catch (Exception e) {
            return e.getClass();
        }
    }

    private static Object viaStream(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return FreelancerJson.fromJson(p);
        } catch (Exception e) {
            return e.getClass();
        }
    }

    private static Object same(String json) {
        Object tree = viaTree(json);
        assertThat(viaStream(json)).as(json).isEqualTo(tree);
        return tree;
    }

    @Test
    void everyDemoSnapshotReadsTheSame() throws Exception {
        int n = 0;
        for (DemoDataset.Entry e : DemoDataset.shared().entries().subList(0, 500)) {
            Freelancer f = FreelancerJson.fromJson(e.toJson().isObject() ? normalisedOf(e) : null);
            String stored = JSON.writeValueAsString(FreelancerJson.toJson(f));
            // (equal to the tree's record, which is f but for trailing zeros: a stored 10.0 reads back as 1E+1)
            assertThat(same(stored)).isInstanceOfSatisfying(Freelancer.class, r -> assertThat(r.id()).isEqualTo(f.id()));
            n++;
        }
        assertThat(n).isEqualTo(500);
    }

    private static JsonNode normalisedOf(DemoDataset.Entry e) {
        ObjectNode o = e.toJson().deepCopy();
        o.set("id", o.get("ciphertext"));
        return o;
    }

    @Test
    void everyKeyWithEveryOddValueReadsTheSame() throws Exception {
        Freelancer sample = FreelancerJson.fromJson(normalisedOf(DemoDataset.shared().entries().get(0)));
        ObjectNode base = FreelancerJson.toJson(sample);
        List<String> values = List.of("null", "true", "false", "0", "-0", "7", "35.50", "0.00", "1e3", "0.995",
                "12345678901234567890123", "\"\"", "\"  \"", "\" 35.0 \"", "\"TRUE\"", "\"abc\"",
                "\"top_rated_plus\"", "\"expert_vetted\"", "\"a\\u0000b\\u202ec\"", "\"javascript:alert(1)\"", "[]",
                "[\"top_rated\", null, 1, {}, [\"x\"], \"expert_vetted\", \" React \", \"\"]", "{}",
                "{\"a\": [1, {\"b\": null}]}");
        int checked = 0;
        List<String> keys = new java.util.ArrayList<>();
        base.fieldNames().forEachRemaining(keys::add);
        keys.add("unknown");
        for (String key : keys) {
            for (String value : values) {
                ObjectNode o = base.deepCopy();
                o.set(key, JSON.readTree(value));
                same(JSON.writeValueAsString(o));
                checked++;
            }
            ObjectNode without = base.deepCopy();
            without.remove(key);
            same(JSON.writeValueAsString(without));
        }
        assertThat(checked).isEqualTo(keys.size() * values.size());
    }

    @Test
    void badgeAndBadgesInEitherOrderAndBrokenRecordsReadTheSame() {
        same("{\"badges\": [\"top_rated\"], \"id\": \"~a\", \"badge\": \"expert_vetted\"}");
        same("{\"id\": \"~a\", \"badge\": \"expert_vetted\", \"badges\": \"top_rated\"}");
        same("{\"id\": \"~a\", \"badges\": [\"top_rated\"], \"badges\": {}, \"badge\": \"top_rated_plus\"}");
        same("{\"id\": \"~a\", \"id\": \"  \"}");
        same("{\"id\": 42, \"skills\": \"React\"}");
        same("{\"name\": \"no id\"}");
        same("[]");
        same("null");
        same("{\"id\": \"~a\", \"name\": ");
        same("{\"id\": \"~a\"} trailing");
    }
}
