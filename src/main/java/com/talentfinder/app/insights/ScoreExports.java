package com.talentfinder.app.insights;

import com.talentfinder.app.AppServices;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.export.ExportScorer;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.store.RankingPresetRepository;
import java.math.BigDecimal;
import java.util.Objects;

/** The ranking score for exports: each row's score under {@code criteria}, and the formula's version "v1". */
public final class ScoreExports {

    private ScoreExports() {
    }

    /** "v" and {@link RankingScore#FORMULA_VERSION}: what the exports' {@code score_formula} says. */
    public static String formulaName() {
        return "v" + RankingScore.FORMULA_VERSION;
    }

    /** Scores by the preset in use in the window (Balanced when none was chosen): the command line's exports. */
    public static ExportScorer active(AppServices services) {
        RankingPresets presets = new RankingPresets(new RankingPresetRepository(services.database()), services.clock());
        return scorer(RankingCriteria.of(presets.active().weights()));
    }

    public static ExportScorer scorer(RankingCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return new ExportScorer() {
            @Override
            public BigDecimal score(Freelancer f) {
                return RankingScore.score(f, criteria).score();
            }

            @Override
            public String formula() {
                return formulaName();
            }

            @Override
            public String weights() {
                return criteria.weights().toSpec();
            }
        };
    }
}
