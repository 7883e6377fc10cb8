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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final ObjectProperty<RankingPreset> preset = new SimpleObjectProperty<>(RankingPreset.BALANCED);
    private final StringProperty targetRate = new SimpleStringProperty("");
    private final StringProperty targetCurrency = new SimpleStringProperty("USD");
    private final StringProperty skills = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty spreadNote = new SimpleStringProperty("");
    private final ObservableList<RankingScore.Ranked> ranked = FXCollections.observableArrayList();
    private final ObjectProperty<RankingScore.Ranked> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> why = FXCollections.observableArrayList();

    private boolean applyingPreset;

    /** @param source the freelancers to rank (the last rates-by-location run); followed as it changes */
    public RankingViewModel(ObservableList<Freelancer> source) {
        this.source = source;
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
                }
                rank();
            });
            weights.put(f, w);
        }
        preset.addListener((o, a, p) -> {
            if (p != null) {
                applyingPreset = true;
                p.weights().byFactor().forEach((f, v) -> weights.get(f).set(v));
                applyingPreset = false;
                rank();
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

    /** Scores every freelancer again with the current weights, keeping the selection by id. */
    public void rank() {
        RankingCriteria criteria = criteria();
        String keep = selected.get() == null ? null : selected.get().freelancer().id();
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
        Map<Factor, Integer> m = new EnumMap<>(Factor.class);
        weights.forEach((f, p) -> m.put(f, p.get()));
        Weights w = new Weights(m);
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
        headline.set(b.isScored()
                ? Messages.format("insights.why.headline", r.freelancer().name(), InsightsText.amount(b.score()))
                : Messages.format("insights.why.undefined", r.freelancer().name()));
        List<String> lines = new ArrayList<>();
        for (FactorScore s : b.factors()) {
            lines.add(line(s));
        }
        why.setAll(lines);
        int spread = b.spreadWeight();
        spreadNote.set(spread == 0 ? "" : Messages.format("insights.why.spread", spread,
                String.join(", ", b.unknown().stream().map(s -> factorName(s.factor())).toList())));
    }

    static String line(FactorScore s) {
        String name = factorName(s.factor());
        return switch (s.status()) {
            case KNOWN -> Messages.format("insights.why.known", name, Math.round(s.value() * 100),
                    InsightsText.amount(s.contribution()), s.weight(),
                    InsightsText.amount(BigDecimal.valueOf(s.receivedWeight())));
            case UNKNOWN -> Messages.format("insights.why.unknown", name,
                    InsightsText.dynamic("insights.why.reason.", s.reason().name().toLowerCase(java.util.Locale.ROOT)),
                    s.weight());
            case NOT_APPLICABLE -> Messages.format("insights.why.notApplicable", name);
            case ZERO_WEIGHT -> Messages.format("insights.why.zero", name);
        };
    }

    static String factorName(Factor f) {
        return InsightsText.dynamic("insights.factor.", f.code());
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

    /** One line per factor for the selected freelancer, in factor order. */
    public ObservableList<String> why() {
        return why;
    }
}
