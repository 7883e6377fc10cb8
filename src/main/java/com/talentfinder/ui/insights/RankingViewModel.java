package com.talentfinder.ui.insights;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.Factor;
import com.talentfinder.insights.FactorScore;
import com.talentfinder.insights.RankingCriteria;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.RankingScore;
import com.talentfinder.insights.ScoreBreakdown;
import com.talentfinder.insights.Weights;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.CurrentRanking;
import com.talentfinder.ui.common.ScoreWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The ranking you can explain: a weight 0–100 per factor, presets, a target rate and required skills, the
 * freelancers ranked by score, and "why 82" for the one selected. An unknown factor is not zero: its weight is
 * spread over the known ones, and the explanation says so.
 */
public final class RankingViewModel {

    private final ObservableList<Freelancer> source;

    // Properties //
    private final Map<Factor, IntegerProperty> weights = new EnumMap<>(Factor.class);
    private final StringProperty targetRate = new SimpleStringProperty("");
    private final StringProperty targetCurrency = new SimpleStringProperty("USD");
    private final StringProperty skills = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty spreadNote = new SimpleStringProperty("");
    private final ObservableList<RankingScore.Ranked> ranked = FXCollections.observableArrayList();
    private final ObjectProperty<RankingScore.Ranked> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> why = FXCollections.observableArrayList();

    private final CurrentRanking shared;
    private final RankingPresetsViewModel presetsPart;
    private final ObjectProperty<RankingPreset> preset;
    private boolean applyingPreset;

    /** @param source the freelancers to rank (the last rates-by-location run); followed as it changes */
    public RankingViewModel(ObservableList<Freelancer> source) {
        this(source, new CurrentRanking(), InsightsChoices.inMemory(), new SyncTaskRunner());
    }

    /**
     * @param shared  the ranking in force for every screen: this panel's weights (and target, skills) set it
     * @param choices where presets and the preset in use are kept
     */
    public RankingViewModel(ObservableList<Freelancer> source, CurrentRanking shared, InsightsChoices choices,
                            TaskRunner runner) {
        this.source = source;
        this.shared = shared;
        this.presetsPart = new RankingPresetsViewModel(choices, runner, this::currentWeights);
        this.preset = presetsPart.presetProperty();
        for (Factor f : Factor.values()) {
            IntegerProperty w = new SimpleIntegerProperty(RankingPreset.BALANCED.weights().weight(f));
            w.addListener((o, a, b) -> {
                int clamped = Math.max(0, Math.min(Weights.MAX, b.intValue()));
                if (clamped != b.intValue()) {
                    w.set(clamped);
                    return;
                }
                if (!applyingPreset) {
                    preset.set(null);
                    rank();
                }
            });
            weights.put(f, w);
        }
        preset.addListener((o, a, p) -> {
            if (p != null) {
                applyingPreset = true;
                p.weights().byFactor().forEach((f, v) -> weights.get(f).set(v));
                applyingPreset = false;
                rank();
                presetsPart.chosen(p);
            }
        });
        targetRate.addListener((o, a, b) -> rank());
        targetCurrency.addListener((o, a, b) -> rank());
        skills.addListener((o, a, b) -> rank());
        source.addListener((ListChangeListener<Freelancer>) c -> rank());
        selected.addListener((o, a, b) -> explain());
        rank();
    }

    // Commands //

    /** Reads the saved presets and puts the preset in use (Balanced when none was chosen) into the panel. */
    public void load() {
        presetsPart.load();
    }

    /** Saves the weights as they are under the name typed; it becomes the preset in use. */
    public void savePreset() {
        presetsPart.save();
    }

    /** Deletes the preset in use if the user saved it (the built-in ones stay); Balanced is in use after it. */
    public void deletePreset() {
        presetsPart.delete();
    }

    private Weights currentWeights() {
        Map<Factor, Integer> m = new EnumMap<>(Factor.class);
        weights.forEach((f, p) -> m.put(f, p.get()));
        return new Weights(m);
    }

    /** Scores every freelancer again with the current weights, keeping the selection by id. */
    public void rank() {
        RankingCriteria criteria = criteria();
        String keep = selected.get() == null ? null : selected.get().freelancer().id();
        if (criteria != null) {
            shared.criteriaProperty().set(criteria);
        }
        List<RankingScore.Ranked> list = criteria == null ? List.of() : RankingScore.rank(distinct(), criteria);
        ranked.setAll(list);
        selected.set(list.stream().filter(r -> r.freelancer().id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
        explain();
    }

    /** The formula in words, with its version. */
    public String formula() {
        return Messages.format("insights.ranking.formula", RankingScore.FORMULA_VERSION);
    }

    private RankingCriteria criteria() {
        Weights w = currentWeights();
        if (w.total() == 0) {
            error.set(Messages.get("insights.ranking.allZero"));
            return null;
        }
        BigDecimal target = null;
        String text = targetRate.get() == null ? "" : targetRate.get().strip();
        if (!text.isEmpty()) {
            try {
                target = new BigDecimal(text);
            } catch (NumberFormatException e) {
                target = null;
            }
            if (target == null || target.signum() <= 0) {
                error.set(Messages.get("insights.ranking.badTarget"));
                target = null;
            }
        }
        if (target != null || text.isEmpty()) {
            error.set(null);
        }
        String currency = targetCurrency.get() == null || targetCurrency.get().isBlank() ? "USD" : targetCurrency.get();
        return new RankingCriteria(w, target, target == null ? null : currency,
                InsightsText.keywords(skills.get()));
    }

    private List<Freelancer> distinct() {
        Map<String, Freelancer> byId = new java.util.LinkedHashMap<>();
        source.forEach(f -> byId.putIfAbsent(f.id(), f));
        return new ArrayList<>(byId.values());
    }

    private void explain() {
        RankingScore.Ranked r = selected.get();
        if (r == null) {
            headline.set("");
            spreadNote.set("");
            why.clear();
            return;
        }
        ScoreBreakdown b = r.breakdown();
        headline.set(ScoreWords.headline(r.freelancer(), b));
        List<String> lines = new ArrayList<>();
        for (FactorScore s : b.factors()) {
            lines.add(line(s));
        }
        why.setAll(lines);
        spreadNote.set(ScoreWords.spread(b));
    }

    static String line(FactorScore s) {
        return ScoreWords.line(s);
    }

    static String factorName(Factor f) {
        return ScoreWords.factorName(f);
    }

    public IntegerProperty weightProperty(Factor f) {
        return weights.get(f);
    }

    /** The preset in use; null once a weight was changed by hand. */
    public ObjectProperty<RankingPreset> presetProperty() {
        return preset;
    }

    public StringProperty targetRateProperty() {
        return targetRate;
    }

    public StringProperty targetCurrencyProperty() {
        return targetCurrency;
    }

    /** Required skills, comma-separated. */
    public StringProperty skillsProperty() {
        return skills;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** "Why Ana Silva scores 82.4". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    /** How unknown weight was spread, or empty. */
    public ReadOnlyStringProperty spreadNoteProperty() {
        return spreadNote;
    }

    public ObservableList<RankingScore.Ranked> ranked() {
        return ranked;
    }

    public ObjectProperty<RankingScore.Ranked> selectedProperty() {
        return selected;
    }

    /** The built-in presets, then the user's (A–Z). */
    public ObservableList<RankingPreset> presets() {
        return presetsPart.presets();
    }

    /** The name to save the weights under. */
    public StringProperty presetNameProperty() {
        return presetsPart.presetNameProperty();
    }

    /** "Saved preset X", "Deleted preset X", or why not. */
    public ReadOnlyStringProperty presetNoticeProperty() {
        return presetsPart.presetNoticeProperty();
    }

    /** True when the preset in use is one the user saved (only those can be deleted). */
    public BooleanBinding canDeleteProperty() {
        return presetsPart.canDeleteProperty();
    }

    /** The ranking in force for every screen's Score column. */
    public CurrentRanking shared() {
        return shared;
    }

    /** One line per factor for the selected freelancer, in factor order. */
    public ObservableList<String> why() {
        return why;
    }
}
