package com.talentfinder.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.domain.Freelancer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamedFreelancer}, which cleans skills straight into one list as it reads them and the short texts as it
 * reads them: the same values as {@link FreelancerCleaning} gives for the values as read.
 */
class StreamedFreelancerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PIECES = {
        "Java", " Java", "Java ", "java", "Ja\u0000va", "Ja\u202Eva", "\u200BJava", "Java\t", "Ja\nva", "", "   ",
        "\u0007", "Kotlin", "SQL", "Spring Boot", "Ünïcödé", "日本語", "\uD83D\uDE00 emoji", "x".repeat(150), "C++",
    };

    /** The skills of the record {"skills": skillsJson}, read by {@link StreamedFreelancer}. */
    private static List<String> streamed(String skillsJson) throws Exception {
        StreamedFreelancer f = new StreamedFreelancer();
        try (JsonParser p = JSON.createParser("{\"ciphertext\":\"~01\",\"skills\":" + skillsJson + ",\"name\":\"N\"}")) {
            p.nextToken();
            String key;
            while ((key = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (key) {
                    case "ciphertext" -> f.id(p, t);
                    case "skills" -> f.skills(p, t);
                    default -> JsonTokenValues.skip(p, t);
                }
            }
            assertThat(p.nextToken()).isNull();
        }
        Freelancer built = f.build();
        assertThat(built).isNotNull();
        return built.skills();
    }

    /** What the cleaning gives for the first {@code MAX_RAW_SKILLS} strings of the array (other values skipped). */
    private static List<String> cleaned(List<Object> array) {
        List<String> raw = new ArrayList<>();
        for (Object o : array) {
            if (o instanceof String s && raw.size() < StreamedFreelancer.MAX_RAW_SKILLS) {
                raw.add(s);
            }
        }
        return FreelancerCleaning.skills(raw);
    }

    @Test
    void skillsCleanedWhileReadAreTheSkillsTheCleaningGives() throws Exception {
        Random random = new Random(13);
        for (int n = 0; n < 400; n++) {
            int size = switch (n % 4) {
                case 0 -> random.nextInt(6);
                case 1 -> 10 + random.nextInt(20); // around the small-list limit of 16
                case 2 -> 190 + random.nextInt(30); // around the 200 kept
                default -> 380 + random.nextInt(60); // around the 400 read
            };
            List<Object> array = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    array.add(random.nextBoolean() ? 7 : null); // not strings: skipped, not counted
                } else if (kind < 5 || (n % 4 == 3 && i < 420)) { // last kind: few distinct skills at first
                    array.add(PIECES[random.nextInt(PIECES.length)]);
                } else {
                    array.add(PIECES[random.nextInt(PIECES.length)] + " " + random.nextInt(size * 2 + 1));
                }
            }
            String json = JSON.writeValueAsString(array);
            assertThat(streamed(json)).as(json).isEqualTo(cleaned(array));
        }
    }

    @Test
    void skillsThatDifferOnlyBeforeCleaningAreKeptOnce() throws Exception {
        assertThat(streamed("[\"Java\", \" Java\", \"Ja\\u0000va\", \"\\u200BJava\", \"SQL\", \"Java\\t\"]"))
                .containsExactly("Java", "SQL");
    }

    @Test
    void onlyTheFirstFourHundredStringsAreRead() throws Exception {
        List<Object> array = new ArrayList<>();
        for (int i = 0; i < StreamedFreelancer.MAX_RAW_SKILLS; i++) {
            array.add(i % 2 == 0 ? "Java" : " ");
        }
        array.add(42); // not a string: not counted
        array.add("SQL"); // the 401st string: not read
        assertThat(streamed(JSON.writeValueAsString(array))).containsExactly("Java");
        array.remove(0);
        assertThat(streamed(JSON.writeValueAsString(array))).containsExactly("Java", "SQL"); // the 400th
    }

    @Test
    void skillsThatAreNotAnArrayAreNone() throws Exception {
        assertThat(streamed("\"Java\"")).isEmpty();
        assertThat(streamed("{\"a\": [\"Java\"]}")).isEmpty();
        assertThat(streamed("null")).isEmpty();
        assertThat(streamed("[[\"Java\"], {\"b\": 1}, \"SQL\"]")).containsExactly("SQL");
    }

    @Test
    void resetForgetsThePreviousRecord() throws Exception {
        StreamedFreelancer f = new StreamedFreelancer();
        try (JsonParser p = JSON.createParser("[\"~01\", \"Ann\", [\"Java\"], \"DE\"]")) {
            p.nextToken();
            f.id(p, p.nextToken());
            f.name(p, p.nextToken());
            f.skills(p, p.nextToken());
            f.country(p, p.nextToken());
            f.jobSuccessScore(90);
        }
        assertThat(f.build().skills()).containsExactly("Java");
        f.reset();
        assertThat(f.build()).isNull(); // no id any more
        try (JsonParser p = JSON.createParser("\"~02\"")) {
            f.id(p, p.nextToken());
        }
        Freelancer second = f.build();
        assertThat(second.name()).isNull();
        assertThat(second.skills()).isEmpty();
        assertThat(second.country()).isNull();
        assertThat(second.jobSuccessScore()).isNull();
    }
}
