package com.talentfinder.ui.search;

import static com.talentfinder.ui.search.TestFreelancers.freelancer;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter logic on its own: no JavaFX. */
class FilterTest {

    private static FreelancerFilter rate(String min, String max) {
        return new FreelancerFilter(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                null, null, null, null);
    }

    private static FreelancerFilter minJss(int jss) {
        return new FreelancerFilter(null, null, jss, null, null, null);
    }

    @Test
    void noFilterKeepsEveryone() {
        Freelancer bare = freelancer("~1").rate(null, null).jss(null).country(null).skills().build();

        assertThat(FreelancerFilter.NONE.test(bare)).isTrue();
        assertThat(FreelancerFilter.NONE.isActive()).isFalse();
    }

    @Test
    void rateRangeIsInclusive() {
        FreelancerFilter f = rate("30", "50");

        assertThat(f.test(freelancer("~1").rate("30", "USD").build())).isTrue();
        assertThat(f.test(freelancer("~1").rate("50.00", "USD").build())).isTrue();
        assertThat(f.test(freelancer("~1").rate("50.01", "USD").build())).isFalse();
        assertThat(f.test(freelancer("~1").rate("29.99", "USD").build())).isFalse();
    }

    @Test
    void aRateRangeExcludesProfilesWithoutARate() {
        assertThat(rate("10", null).test(freelancer("~1").rate(null, null).build())).isFalse();
    }

    @Test
    void minimumJssExcludesHiddenAndMissingScores() {
        FreelancerFilter f = minJss(90);

        assertThat(f.test(freelancer("~1").jss(95).build())).isTrue();
        assertThat(f.test(freelancer("~1").jss(89).build())).isFalse();
        assertThat(f.test(freelancer("~1").jss(99).jssHidden().build())).isFalse();
        assertThat(f.test(freelancer("~1").jss(null).build())).isFalse();
    }

    @Test
    void aMinimumJssOfZeroIsOff() {
        assertThat(minJss(0).isActive()).isFalse();
        assertThat(minJss(0).test(freelancer("~1").jss(null).build())).isTrue();
    }

    @Test
    void countriesKeepOnlyThoseChosen() {
        FreelancerFilter f = new FreelancerFilter(null, null, null, Set.of("Kenya", "Peru"), null, null);

        assertThat(f.test(freelancer("~1").country("Kenya").build())).isTrue();
        assertThat(f.test(freelancer("~1").country("Germany").build())).isFalse();
        assertThat(f.test(freelancer("~1").country(null).build())).isFalse();
    }

    @Test
    void badgesKeepProfilesWithAnyChosenBadge() {
        FreelancerFilter f = new FreelancerFilter(null, null, null, null,
                Set.of(Badge.TOP_RATED_PLUS, Badge.EXPERT_VETTED), null);

        assertThat(f.test(freelancer("~1").vetted().build())).isTrue();
        assertThat(f.test(freelancer("~1").topRatedPlus().build())).isTrue();
        assertThat(f.test(freelancer("~1").topRated().build())).isFalse();
        assertThat(f.test(freelancer("~1").build())).isFalse();
    }

    @Test
    void mustHaveSkillMatchesPartOfASkillInAnyCase() {
        FreelancerFilter f = new FreelancerFilter(null, null, null, null, null, "  react ");

        assertThat(f.test(freelancer("~1").skills("ReactJS", "CSS").build())).isTrue();
        assertThat(f.test(freelancer("~1").skills("Vue").build())).isFalse();
        assertThat(f.test(freelancer("~1").skills().build())).isFalse();
    }

    @Test
    void aBlankSkillIsOff() {
        assertThat(new FreelancerFilter(null, null, null, null, null, "  ").isActive()).isFalse();
    }

    @Test
    void allCriteriaMustHold() {
        FreelancerFilter f = new FreelancerFilter(new BigDecimal("20"), null, 90, Set.of("Kenya"),
                Set.of(Badge.TOP_RATED), "java");
        Freelancer match = freelancer("~1").rate("40", "USD").jss(95).country("Kenya").topRated()
                .skills("Java").build();
        Freelancer wrongCountry = freelancer("~2").rate("40", "USD").jss(95).country("Peru").topRated()
                .skills("Java").build();

        assertThat(f.test(match)).isTrue();
        assertThat(f.test(wrongCountry)).isFalse();
    }
}
