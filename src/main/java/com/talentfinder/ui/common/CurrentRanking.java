package com.talentfinder.ui.common;

import com.talentfinder.app.insights.ScoreExports;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.export.ExportScorer;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.insights.ScoreBreakdown;
import java.util.Comparator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The ranking in force, shared by the screens that show a Score (search results, shortlist entries) and set by
 * the Insights ranking panel (its weights, the preset in use; Balanced when nothing was chosen). One object,
 * built by the composition root, so the features never meet. Scores are the pure {@link RankingScore}.
 */
public final class CurrentRanking {

    private final ObjectProperty<RankingCriteria> criteria =
            new SimpleObjectProperty<>(RankingCriteria.of(RankingPreset.BALANCED.weights()));

    /** What the scores are computed against; never null (setting null puts Balanced back). */
    public ObjectProperty<RankingCriteria> criteriaProperty() {
        return criteria;
    }

    public RankingCriteria criteria() {
        RankingCriteria c = criteria.get();
        return c == null ? RankingCriteria.of(RankingPreset.BALANCED.weights()) : c;
    }

    /** {@code f}'s score under the criteria in force. */
    public ScoreBreakdown score(Freelancer f) {
        return RankingScore.score(f, criteria());
    }

    /**
     * Ascending by score under the criteria in force at the time of comparing; freelancers without a score sort
     * below every score (like every other missing value in the tables).
     */
    public Comparator<Freelancer> comparator() {
        return Comparator.comparing((Freelancer f) -> score(f).exactScore(),
                Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
    }

    /** Scores for an export, fixed to the criteria in force now, with the formula's version. */
    public ExportScorer exportScorer() {
        return ScoreExports.scorer(criteria());
    }
}
