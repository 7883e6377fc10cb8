package com.talentfinder.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillSupplyTest {

    private static SupplyObservation obs(String day, String query, long total, String method) {
        return new SupplyObservation(Instant.parse(day + "T09:00:00Z"), query, total, method);
    }

    @Test
    void threeDaysGiveThreePointsOldestFirst() {
        List<SkillSupply.Series> series = SkillSupply.series(List.of(
                obs("2026-12-03", "wordpress", 1300, "search"), obs("2026-12-01", "wordpress", 1100, "search"),
                obs("2026-12-02", "wordpress", 1200, "search")));
        assertThat(series).singleElement().satisfies(s -> {
            assertThat(s.keyword()).isEqualTo("wordpress");
            assertThat(s.points()).extracting(SkillSupply.Point::totalResults).containsExactly(1100L, 1200L, 1300L);
            assertThat(s.hasMethodChange()).isFalse();
        });
    }

    @Test
    void aChangeOfMethodIsMarkedWhereItHappens() {
        SkillSupply.Series s = SkillSupply.series(List.of(
                obs("2026-12-01", "react", 10, "search"), obs("2026-12-02", "react", 11, "search"),
                obs("2026-12-03", "react", 30, "check"), obs("2026-12-04", "react", 31, "check"),
                obs("2026-12-05", "react", 12, "search")), "react");
        assertThat(s.points()).extracting(SkillSupply.Point::methodChanged)
                .containsExactly(false, false, true, false, true);
        assertThat(s.hasMethodChange()).isTrue();
    }

    @Test
    void aMissingMethodIsAMethodOfItsOwn() {
        SkillSupply.Series s = SkillSupply.series(List.of(obs("2026-12-01", "go", 1, null),
                obs("2026-12-02", "go", 1, null), obs("2026-12-03", "go", 1, "search")), "go");
        assertThat(s.points()).extracting(SkillSupply.Point::methodChanged).containsExactly(false, false, true);
    }

    @Test
    void queriesThatDifferOnlyInCaseOrBlanksAreOneSeries() {
        List<SkillSupply.Series> series = SkillSupply.series(List.of(
                obs("2026-12-01", "WordPress", 1, "a"), obs("2026-12-02", "  wordpress ", 2, "a"),
                obs("2026-12-01", "react  native", 3, "a"), obs("2026-12-02", "React Native", 4, "a"),
                obs("2026-12-01", "   ", 5, "a")));
        assertThat(series).extracting(SkillSupply.Series::keyword).containsExactly("react native", "wordpress");
        assertThat(series).allSatisfy(s -> assertThat(s.points()).hasSize(2));
    }

    @Test
    void aKeywordWithoutObservationsHasAnEmptySeries() {
        SkillSupply.Series s = SkillSupply.series(List.of(obs("2026-12-01", "go", 1, "a")), " Rust ");
        assertThat(s.keyword()).isEqualTo("rust");
        assertThat(s.points()).isEmpty();
        assertThat(SkillSupply.series(List.of())).isEmpty();
    }

    @Test
    void equalTimesKeepTheirOrderAndCountsMustBePositive() {
        SkillSupply.Series s = SkillSupply.series(List.of(obs("2026-12-01", "go", 7, "a"),
                obs("2026-12-01", "go", 8, "b")), "go");
        assertThat(s.points()).extracting(SkillSupply.Point::totalResults).containsExactly(7L, 8L);
        assertThatThrownBy(() -> obs("2026-12-01", "go", -1, "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
