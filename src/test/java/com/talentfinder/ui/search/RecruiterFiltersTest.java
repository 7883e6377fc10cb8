package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Exclusions;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.WorkingHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The filter's exclusions, the working-hours overlap rule and the hidden ids, as a plain predicate. */
class RecruiterFiltersTest {

    static Freelancer person(String id, String country, String timezone, String title, String description,
                             String... skills) {
        return new Freelancer(id, "Name " + id, title, description, "https://www.upwork.com/freelancers/" + id, null,
                null, null, country, null, null, timezone, List.of(skills), null, false, null, false, null, null,
                false, false, false, false);
    }

    private final Freelancer india = person("~in", "India", "UTC+05:30 Kolkata", "Full-stack developer",
            "I run a small agency in Pune.", "Java", "Spring");
    private final Freelancer germany = person("~de", "Germany", "UTC+01:00 Berlin", "React developer",
            "Freelance, no agencies.", "JavaScript", "React");
    private final Freelancer usa = person("~us", "United States", "UTC-08:00 Pacific Time", "Agency-trained designer",
            null, "Figma");
    private final Freelancer nowhere = person("~xx", null, null, null, null);
    private final List<Freelancer> all = List.of(india, germany, usa, nowhere);

    private static FreelancerFilter with(Exclusions x) {
        return new FreelancerFilter(null, null, null, Set.of(), Set.of(), null, x, null, Set.of());
    }

    private List<String> kept(FreelancerFilter filter) {
        return all.stream().filter(filter).map(Freelancer::id).toList();
    }

    @Test
    void anExcludedCountryDropsOnlyThatCountryAnyCase() {
        FreelancerFilter f = with(new Exclusions(Set.of("india"), Set.of(), Set.of()));
        assertThat(f.isActive()).isTrue();
        assertThat(kept(f)).containsExactly("~de", "~us", "~xx"); // no country: kept, nothing to exclude it by
    }

    @Test
    void anExcludedSkillMatchesWholeSkillsOnly() {
        assertThat(kept(with(new Exclusions(Set.of(), Set.of("JAVA"), Set.of()))))
                .containsExactly("~de", "~us", "~xx"); // "JavaScript" is not "Java"
    }

    @Test
    void anExcludedWordMatchesWholeWordsInTitleOrDescription() {
        // "agency" in India's description and in "Agency-trained"; Germany's "agencies" is another word
        assertThat(kept(with(new Exclusions(Set.of(), Set.of(), Set.of("agency"))))).containsExactly("~de", "~xx");
        assertThat(kept(with(new Exclusions(Set.of(), Set.of(), Set.of("react developer")))))
                .containsExactly("~in", "~us", "~xx");
    }

    @Test
    void exclusionsAddUp() {
        assertThat(kept(with(new Exclusions(Set.of("Germany"), Set.of("figma"), Set.of())))).containsExactly("~in",
                "~xx");
    }

    @Test
    void overlapKeepsEnoughHoursAndDropsUnknownZones() {
        // Berlin in January: 08:00-16:00 UTC. India 03:30-11:30 UTC: 3.5 h. Germany: 8 h. Pacific: 0 h.
        WorkingHours berlin = WorkingHours.defaults(ZoneId.of("Europe/Berlin"));
        LocalDate january = LocalDate.of(2026, 1, 15);
        FreelancerFilter three = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null, null,
                new OverlapRule(berlin, january, 3), Set.of());
        FreelancerFilter four = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null, null,
                new OverlapRule(berlin, january, 4), Set.of());

        assertThat(kept(three)).containsExactly("~in", "~de");
        assertThat(kept(four)).containsExactly("~de");
        // July: 07:00-15:00 UTC, India 4.5 h
        FreelancerFilter fourInJuly = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null, null,
                new OverlapRule(berlin, LocalDate.of(2026, 7, 15), 4), Set.of());
        assertThat(kept(fourInJuly)).containsExactly("~in", "~de");
    }

    @Test
    void hiddenIdsAreHidden() {
        FreelancerFilter f = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null, null, null,
                Set.of("~de", "~us"));
        assertThat(kept(f)).containsExactly("~in", "~xx");
    }

    @Test
    void theOldFilterStaysAsItWas() {
        FreelancerFilter f = new FreelancerFilter(null, null, null, Set.of(), Set.of(), null);
        assertThat(f).isEqualTo(FreelancerFilter.NONE);
        assertThat(f.isActive()).isFalse();
        assertThat(Stream.of(india, nowhere).allMatch(f)).isTrue();
    }
}
