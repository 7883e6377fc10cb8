package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.testing.ApiFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every normalisation rule of the API contract, on the sample record and crafted variants. */
class ResponseParserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final SearchRequest REQUEST = new SearchRequest("react developer", 1, 3);

    private final ResponseParser parser = new ResponseParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private SearchPage parse(SearchRequest request, String body) throws ApiException {
        return parser.parse(request, body.getBytes(StandardCharsets.UTF_8));
    }

    private Freelancer only(String freelancerJson) throws ApiException {
        SearchPage page = parse(REQUEST, ApiFixtures.page(1, 3, 1, 1, List.of(freelancerJson)));
        assertThat(page.freelancers()).hasSize(1);
        return page.freelancers().get(0);
    }

    private Freelancer sampleWith(String field, String jsonValue) throws ApiException {
        return only(ApiFixtures.sampleWith(field, jsonValue));
    }

    @Test
    void readsEveryFieldOfTheSampleRecord() throws ApiException {
        Freelancer f = only(ApiFixtures.SAMPLE_FREELANCER);
        assertThat(f.id()).isEqualTo("~01dc05c3dd4817bee4");
        assertThat(f.name()).isEqualTo("Yurij M.");
        assertThat(f.title()).isEqualTo("React Developer Frontend React Full Stack Developer React Node SaaS");
        assertThat(f.description()).isEqualTo("Senior Full Stack Developer...");
        assertThat(f.profileUrl()).isEqualTo("https://upwork.com/freelancers/~01dc05c3dd4817bee4");
        assertThat(f.portraitUrl()).startsWith("https://www.upwork.com/profile-portraits/c1Gyxylmbw");
        assertThat(f.hourlyRate()).isEqualTo(new BigDecimal("35.0"));
        assertThat(f.currency()).isEqualTo("USD");
        assertThat(f.country()).isEqualTo("Ukraine");
        assertThat(f.state()).isEqualTo("Lviv");
        assertThat(f.city()).isEqualTo("Lviv");
        assertThat(f.timezone()).isEqualTo("UTC+02:00 Israel");
        assertThat(f.skills()).containsExactly("React", "Node.js", "JavaScript");
        assertThat(f.jobSuccessScore()).isEqualTo(100);
        assertThat(f.jssHidden()).isFalse();
        assertThat(f.totalEarnings()).isEqualByComparingTo("0");
        assertThat(f.earningsHidden()).isFalse();
        assertThat(f.totalHours()).isEqualTo(5320.17);
        assertThat(f.totalCompletedJobs()).isEqualTo(7);
        assertThat(f.topRated()).isTrue();
        assertThat(f.topRatedPlus()).isTrue();
        assertThat(f.vetted()).isFalse();
        assertThat(f.idVerified()).isFalse();
        assertThat(f.badge()).isEqualTo(Badge.TOP_RATED_PLUS);
    }

    @Test
    void readsTheTotalsOfTheObjectShape() throws ApiException {
        SearchPage page = parse(REQUEST, ApiFixtures.page(1, 3, 138359, 3334, List.of(ApiFixtures.SAMPLE_FREELANCER)));
        assertThat(page.totalResults()).isEqualTo(138359);
        assertThat(page.totalPages()).isEqualTo(3334);
        assertThat(page.fetchedAt()).isEqualTo(NOW);
        assertThat(page.fromCache()).isFalse();
        assertThat(page.request()).isEqualTo(REQUEST);
    }

    @Test
    void readsTotalsSentAsStrings() throws ApiException {
        SearchPage page = parse(REQUEST, "{\"data\":{\"freelancers\":[],\"total_results\":\"120\","
                + "\"total_pages\":\"40\"},\"status\":\"success\"}");
        assertThat(page.totalResults()).isEqualTo(120);
        assertThat(page.totalPages()).isEqualTo(40);
    }

    @Test
    void computesTotalPagesFromTotalResultsWhenMissing() throws ApiException {
        SearchPage page = parse(REQUEST, "{\"data\":{\"freelancers\":[],\"total_results\":10},\"status\":\"success\"}");
        assertThat(page.totalPages()).isEqualTo(4);
    }

    @Test
    void readsTheBareArrayShapeWithTotalsFromTheArray() throws ApiException {
        SearchPage page = parse(new SearchRequest("java", 2, 10), ApiFixtures.bareArrayPage(List.of(
                ApiFixtures.freelancer("~0100000000000001", "A"), ApiFixtures.freelancer("~0100000000000002", "B"))));
        assertThat(page.freelancers()).extracting(Freelancer::id)
                .containsExactly("~0100000000000001", "~0100000000000002");
        assertThat(page.totalResults()).isEqualTo(12);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void aFullBareArrayPageSuggestsOneMorePage() throws ApiException {
        SearchPage page = parse(new SearchRequest("java", 1, 1),
                ApiFixtures.bareArrayPage(List.of(ApiFixtures.freelancer("~0100000000000001", "A"))));
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void ignoresUnknownFieldsEverywhere() throws ApiException {
        SearchPage page = parse(REQUEST, "{\"data\":{\"freelancers\":[" + ApiFixtures.sampleWith("new_field",
                "{\"nested\":[1,2]}") + "],\"total_pages\":1,\"total_results\":1,\"cursor\":\"abc\"},"
                + "\"status\":\"success\",\"credits_left\":99}");
        assertThat(page.freelancers()).hasSize(1);
    }

    @Test
    void toleratesARecordWithOnlyACiphertext() throws ApiException {
        Freelancer f = only("{\"ciphertext\":\"~01abcdef123456\"}");
        assertThat(f.name()).isNull();
        assertThat(f.hourlyRate()).isNull();
        assertThat(f.currency()).isNull();
        assertThat(f.skills()).isEmpty();
        assertThat(f.jobSuccessScore()).isNull();
        assertThat(f.badge()).isNull();
        assertThat(f.profileUrl()).isEqualTo("https://www.upwork.com/freelancers/~01abcdef123456");
        assertThat(f.portraitUrl()).isNull();
    }

    @Test
    void toleratesNullsInEveryField() throws ApiException {
        String allNull = "{\"ciphertext\":\"~01abcdef123456\",\"name\":null,\"title\":null,\"description\":null,"
                + "\"profile_url\":null,\"portrait_url\":null,\"hourly_rate\":null,\"currency\":null,"
                + "\"country\":null,\"state\":null,\"city\":null,\"timezone\":null,\"skills\":null,"
                + "\"job_success_score\":null,\"hide_jss\":null,\"total_earnings\":null,\"hide_earnings\":null,"
                + "\"total_hours\":null,\"total_completed_jobs\":null,\"top_rated\":null,\"top_rated_plus\":null,"
                + "\"vetted\":null,\"id_verified\":null}";
        Freelancer f = only(allNull);
        assertThat(f.totalHours()).isNull();
        assertThat(f.totalCompletedJobs()).isNull();
        assertThat(f.jssHidden()).isFalse();
    }

    @Test
    void acceptsNumbersSentAsStrings() throws ApiException {
        Freelancer f = only(ApiFixtures.sampleWith("total_hours", "\"5320.17\"")
                .replace("\"total_completed_jobs\":7", "\"total_completed_jobs\":\"12\"")
                .replace("\"total_earnings\":0", "\"total_earnings\":\"1250.50\""));
        assertThat(f.totalHours()).isEqualTo(5320.17);
        assertThat(f.totalCompletedJobs()).isEqualTo(12);
        assertThat(f.totalEarnings()).isEqualByComparingTo("1250.50");
    }

    @Test
    void keepsAnHourlyRateSentAsANumberExactly() throws ApiException {
        assertThat(sampleWith("hourly_rate", "42.15").hourlyRate()).isEqualTo(new BigDecimal("42.15"));
    }

    @Test
    void keepsTheCurrencyAsSentAndNeverAssumesUsd() throws ApiException {
        assertThat(sampleWith("currency", "\"EUR\"").currency()).isEqualTo("EUR");
        assertThat(sampleWith("currency", "null").currency()).isNull();
    }

    @Test
    void anUnreadableRateIsNull() throws ApiException {
        assertThat(sampleWith("hourly_rate", "\"ask me\"").hourlyRate()).isNull();
    }

    @Test
    void anAbsurdNumberIsNull() throws ApiException {
        assertThat(sampleWith("hourly_rate", "\"1e999999999\"").hourlyRate()).isNull();
        assertThat(sampleWith("total_hours", "1e999999999").totalHours()).isNull();
    }

    @Test
    void turnsAJssOnTheZeroToOneScaleIntoAPercentage() throws ApiException {
        assertThat(sampleWith("job_success_score", "0.934").jobSuccessScore()).isEqualTo(93);
        assertThat(sampleWith("job_success_score", "\"0.875\"").jobSuccessScore()).isEqualTo(88);
        assertThat(sampleWith("job_success_score", "0").jobSuccessScore()).isZero();
    }

    @Test
    void takesAJssAboveOneAsAlreadyAPercentageClamped() throws ApiException {
        assertThat(sampleWith("job_success_score", "87").jobSuccessScore()).isEqualTo(87);
        assertThat(sampleWith("job_success_score", "150").jobSuccessScore()).isEqualTo(100);
        assertThat(sampleWith("job_success_score", "-0.5").jobSuccessScore()).isZero();
    }

    @Test
    void aNullJssIsNoScoreYet() throws ApiException {
        Freelancer f = sampleWith("job_success_score", "null");
        assertThat(f.jobSuccessScore()).isNull();
        assertThat(f.jssHidden()).isFalse();
    }

    @Test
    void aHiddenJssDropsTheValue() throws ApiException {
        Freelancer f = sampleWith("hide_jss", "true");
        assertThat(f.jssHidden()).isTrue();
        assertThat(f.jobSuccessScore()).isNull();
    }

    @Test
    void hiddenEarningsDropTheValue() throws ApiException {
        Freelancer f = only(ApiFixtures.sampleWith("total_earnings", "98765.4").replace(
                "\"hide_earnings\":false", "\"hide_earnings\":\"true\""));
        assertThat(f.earningsHidden()).isTrue();
        assertThat(f.totalEarnings()).isNull();
    }

    @Test
    void badgesAreTrueOnlyForTheirExactStrings() throws ApiException {
        assertThat(sampleWith("top_rated", "\"not_eligible\"").topRated()).isFalse();
        assertThat(sampleWith("top_rated", "true").topRated()).isFalse();
        assertThat(sampleWith("top_rated", "\"TOP_RATED\"").topRated()).isFalse();
        assertThat(sampleWith("top_rated_plus", "\"not_eligible\"").topRatedPlus()).isFalse();
        assertThat(sampleWith("top_rated_plus", "\"top_rated\"").topRatedPlus()).isFalse();
        assertThat(sampleWith("top_rated_plus", "null").topRatedPlus()).isFalse();
    }

    @Test
    void vettedAndIdVerifiedAcceptBooleansAndStrings() throws ApiException {
        assertThat(sampleWith("vetted", "true").vetted()).isTrue();
        assertThat(sampleWith("vetted", "\"true\"").vetted()).isTrue();
        assertThat(sampleWith("vetted", "\"false\"").vetted()).isFalse();
        assertThat(sampleWith("id_verified", "\"TRUE\"").idVerified()).isTrue();
        assertThat(sampleWith("id_verified", "\"yes\"").idVerified()).isFalse();
        assertThat(sampleWith("vetted", "true").badge()).isEqualTo(Badge.EXPERT_VETTED);
    }

    @Test
    void skillsAreTrimmedAndBlanksAndNonStringsDropped() throws ApiException {
        Freelancer f = sampleWith("skills", "[\" React \", \"\", \"   \", null, 7, {\"a\":1}, \"Go\"]");
        assertThat(f.skills()).containsExactly("React", "Go");
    }

    @Test
    void skillsThatAreNotAnArrayAreEmpty() throws ApiException {
        assertThat(sampleWith("skills", "\"React\"").skills()).isEmpty();
        assertThat(sampleWith("skills", "[]").skills()).isEmpty();
    }

    @Test
    void skipsARecordWithoutACiphertextAndKeepsTheOthers() throws ApiException {
        SearchPage page = parse(REQUEST, ApiFixtures.page(1, 3, 3, 1, List.of(
                ApiFixtures.sampleWith("ciphertext", null),
                ApiFixtures.sampleWith("ciphertext", "\"  \""),
                "\"not an object\"",
                ApiFixtures.freelancer("~01abcdef123456", "Kept"))));
        assertThat(page.freelancers()).extracting(Freelancer::name).containsExactly("Kept");
    }

    @Test
    void removesControlCharactersFromFreeText() throws ApiException {
        Freelancer f = only(ApiFixtures.sampleWith("name", "\"Evil\\u001b[2J\\u202eName\\n\"")
                .replace("\"Senior Full Stack Developer...\"", "\"Line one\\nLine two\\u0000\""));
        assertThat(f.name()).isEqualTo("Evil[2JName");
        assertThat(f.description()).isEqualTo("Line one\nLine two");
    }

    @Test
    void rebuildsAnUnsafeProfileUrlFromTheCiphertext() throws ApiException {
        assertThat(sampleWith("profile_url", "\"javascript:alert(1)\"").profileUrl())
                .isEqualTo("https://www.upwork.com/freelancers/~01dc05c3dd4817bee4");
    }

    @Test
    void dropsAnUnsafePortraitUrl() throws ApiException {
        assertThat(sampleWith("portrait_url", "\"file:///etc/passwd\"").portraitUrl()).isNull();
    }

    @Test
    void aFreelancersValueThatIsNotAnArrayIsABadResponse() {
        assertThatThrownBy(() -> parse(REQUEST, "{\"data\":{\"freelancers\":{}},\"status\":\"success\"}"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_RESPONSE));
    }

    @Test
    void missingDataIsABadResponse() {
        assertThatThrownBy(() -> parse(REQUEST, "{\"status\":\"success\"}"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_RESPONSE));
    }

    @Test
    void missingFreelancersIsAnEmptyPage() throws ApiException {
        SearchPage page = parse(REQUEST, "{\"data\":{\"total_results\":0,\"total_pages\":0},\"status\":\"success\"}");
        assertThat(page.isEmpty()).isTrue();
    }

    @Test
    void trailingGarbageAfterTheJsonIsABadResponse() {
        String body = ApiFixtures.page(1, 3, 1, 1, List.of(ApiFixtures.SAMPLE_FREELANCER)) + "<html>";
        assertThatThrownBy(() -> parse(REQUEST, body)).isInstanceOf(ApiException.class);
    }

    @Test
    void aMissingStatusIsAnError() {
        assertThatThrownBy(() -> parse(REQUEST, "{\"data\":{\"freelancers\":[]}}"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_RESPONSE));
    }
}
