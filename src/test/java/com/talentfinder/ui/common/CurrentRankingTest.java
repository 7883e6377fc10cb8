package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared ranking behind every Score column: sorting by score follows the weights in force. */
class CurrentRankingTest {

    private static Freelancer person(String id, Integer jss, boolean jssHidden, boolean vetted) {
        return new Freelancer(id, id, "t", null, "https://www.upwork.com/freelancers/" + id, null,
                new BigDecimal("40"), "USD", "Ghana", null, null, null, List.of("WordPress"), jss, jssHidden,
                null, false, null, null, false, false, vetted, false);
    }

    private final Freelancer highJss = person("highJss", 100, false, false);
    private final Freelancer badged = person("badged", 60, false, true);
    private final Freelancer nothing = person("nothing", null, true, false);

    private List<String> sorted(CurrentRanking ranking) {
        List<Freelancer> list = new ArrayList<>(List.of(nothing, badged, highJss));
        list.sort(ranking.comparator().reversed());
        return list.stream().map(Freelancer::id).toList();
    }

    @Test
    void sortingByScoreFollowsTheWeightsAndUnknownScoresSortLowest() {
        CurrentRanking ranking = new CurrentRanking();
        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(100, 0, 0, 0, 0, 0, 0)));
        // JSS only: the hidden JSS has no score at all ("–"), not 0, and sorts below every score.
        assertThat(ranking.score(nothing).isScored()).isFalse();
        assertThat(sorted(ranking)).containsExactly("highJss", "badged", "nothing");

        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(10, 0, 0, 0, 90, 0, 0)));
        assertThat(sorted(ranking)).containsExactly("badged", "highJss", "nothing");
    }

    @Test
    void theTooltipExplainsEachFactorAndCallsHiddenValuesUnknown() {
        CurrentRanking ranking = new CurrentRanking();
        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(50, 0, 0, 0, 50, 0, 0)));
        String why = ScoreWords.explain(nothing, ranking.score(nothing));
        assertThat(why).startsWith("Why nothing scores 0")
                .contains("Job Success: unknown (hidden by the freelancer); its weight 50 was spread over the others")
                .contains("Formula v1");
        assertThat(ScoreWords.score(ranking.score(person("x", 90, false, false)))).isEqualTo("45.0"); // one decimal always, so a column of scores lines up
    }

    @Test
    void anExportIsScoredWithTheWeightsInForceWhenItStarts() {
        CurrentRanking ranking = new CurrentRanking();
        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(100, 0, 0, 0, 0, 0, 0)));
        var scorer = ranking.exportScorer();
        ranking.criteriaProperty().set(RankingCriteria.of(Weights.of(0, 0, 0, 0, 100, 0, 0)));

        assertThat(scorer.score(highJss)).isEqualByComparingTo("100");
        assertThat(scorer.formula()).isEqualTo("v1");
        assertThat(scorer.weights()).startsWith("jss=100,earnings=0");
        assertThat(scorer.score(nothing)).isNull();
    }
}
