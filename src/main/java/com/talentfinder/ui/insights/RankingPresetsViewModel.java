package com.talentfinder.ui.insights;

import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.Weights;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presets part of the ranking panel: the list (built-in, then the user's), the preset in use, the name to
 * save under, save, delete, and the notice that says how it went. The chosen preset is remembered in
 * {@link InsightsChoices} unless it was just loaded or saved. Applying a preset's weights is the panel's job.
 */
final class RankingPresetsViewModel {

    private final ObjectProperty<RankingPreset> preset = new SimpleObjectProperty<>(RankingPreset.BALANCED);
    private final ObservableList<RankingPreset> presets = FXCollections.observableArrayList(RankingPreset.BUILT_IN);
    private final StringProperty presetName = new SimpleStringProperty("");
    private final StringProperty presetNotice = new SimpleStringProperty("");
    private final BooleanBinding canDelete = Bindings.createBooleanBinding(
            () -> preset.get() != null && !preset.get().isBuiltIn(), preset);

    private final InsightsChoices choices;
    private final TaskRunner runner;
    private final Supplier<Weights> currentWeights;
    /** True while a preset is chosen by loading or saving: nothing to remember then. */
    private boolean quietChoice;

    /** @param currentWeights the panel's weights as they are, for saving */
    RankingPresetsViewModel(InsightsChoices choices, TaskRunner runner, Supplier<Weights> currentWeights) {
        this.choices = choices;
        this.runner = runner;
        this.currentWeights = currentWeights;
    }

    /** Reads the saved presets and puts the preset in use (Balanced when none was chosen) into the panel. */
    void load() {
        runner.run("ranking-presets", p -> new Loaded(choices.saved(), choices.active()), loaded -> {
            showPresets(loaded.saved());
            choose(loaded.active());
        }, t -> presetNotice.set(Messages.get("ranking.presets.error.load")));
    }

    /** Saves the weights as they are under the name typed; it becomes the preset in use. */
    void save() {
        String name = presetName.get() == null ? "" : presetName.get().strip();
        if (name.isEmpty()) {
            presetNotice.set(Messages.get("ranking.presets.error.name"));
            return;
        }
        Weights w = currentWeights.get();
        if (w.total() == 0) {
            presetNotice.set(Messages.get("insights.ranking.allZero"));
            return;
        }
        runner.run("ranking-preset-save", p -> {
            RankingPreset saved = choices.save(name, w);
            return new Loaded(choices.saved(), saved);
        }, loaded -> {
            showPresets(loaded.saved());
            choose(loaded.active());
            presetName.set("");
            presetNotice.set(Messages.format("ranking.presets.saved", loaded.active().userName()));
        }, t -> presetNotice.set(Messages.get("ranking.presets.error.save")));
    }

    /** Deletes the preset in use if the user saved it (the built-in ones stay); Balanced is in use after it. */
    void delete() {
        RankingPreset p = preset.get();
        if (p == null || p.isBuiltIn()) {
            return;
        }
        runner.run("ranking-preset-delete", x -> {
            choices.delete(p.userName());
            return choices.saved();
        }, saved -> {
            showPresets(saved);
            choose(RankingPreset.BALANCED);
            presetNotice.set(Messages.format("ranking.presets.deleted", p.userName()));
        }, t -> presetNotice.set(Messages.get("ranking.presets.error.save")));
    }

    /** Called once a preset's weights are in the panel: remembers it unless it was just loaded or saved. */
    void chosen(RankingPreset p) {
        if (!quietChoice) {
            remember(p);
        }
    }

    private record Loaded(List<RankingPreset> saved, RankingPreset active) {
    }

    private void showPresets(List<RankingPreset> saved) {
        List<RankingPreset> all = new ArrayList<>(RankingPreset.BUILT_IN);
        all.addAll(saved);
        presets.setAll(all);
    }

    /** Puts a preset into the panel without remembering it again (it was just loaded or saved). */
    private void choose(RankingPreset p) {
        RankingPreset listed = p == null ? null
                : presets.stream().filter(x -> x.id().equals(p.id())).findFirst().orElse(null);
        quietChoice = true;
        try {
            preset.set(null);
            preset.set(listed == null ? RankingPreset.BALANCED : listed);
        } finally {
            quietChoice = false;
        }
    }

    /** Remembers the preset chosen: the Score columns follow it after the next start too. */
    private void remember(RankingPreset p) {
        runner.run("ranking-preset-active", x -> {
            choices.setActive(p);
            return p;
        }, x -> { }, t -> presetNotice.set(Messages.get("ranking.presets.error.save")));
    }

    /** The preset in use; null once a weight was changed by hand. */
    ObjectProperty<RankingPreset> presetProperty() {
        return preset;
    }

    /** The built-in presets, then the user's (A–Z). */
    ObservableList<RankingPreset> presets() {
        return presets;
    }

    /** The name to save the weights under. */
    StringProperty presetNameProperty() {
        return presetName;
    }

    /** "Saved preset X", "Deleted preset X", or why not. */
    ReadOnlyStringProperty presetNoticeProperty() {
        return presetNotice;
    }

    /** True when the preset in use is one the user saved (only those can be deleted). */
    BooleanBinding canDeleteProperty() {
        return canDelete;
    }
}
