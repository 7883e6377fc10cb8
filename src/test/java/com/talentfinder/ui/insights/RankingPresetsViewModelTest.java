package com.talentfinder.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.insights.RankingPresets;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.insights.Factor;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.store.Database;
import com.talentfinder.store.RankingPresetRepository;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.CurrentRanking;
import java.nio.file.Path;
import java.time.Clock;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking panel's saved presets (kept in a temporary SQLite file) and the ranking it shares with the tables. */
class RankingPresetsViewModelTest {

    @TempDir
    Path dir;

    private final ObservableList<Freelancer> source = FXCollections.observableArrayList();

    private RankingPresets store() {
        return new RankingPresets(new RankingPresetRepository(Database.open(dir.resolve("p.db"))), Clock.systemUTC());
    }

    private RankingViewModel panel(CurrentRanking shared) {
        RankingViewModel vm = new RankingViewModel(source, shared, InsightsChoices.of(store()), new SyncTaskRunner());
        vm.load();
        return vm;
    }

    @Test
    void theWeightsOnThePanelAreTheRankingEveryScoreColumnUses() {
        CurrentRanking shared = new CurrentRanking();
        RankingViewModel vm = panel(shared);
        assertThat(shared.criteria().weights()).isEqualTo(RankingPreset.BALANCED.weights());

        vm.weightProperty(Factor.JSS).set(90);
        assertThat(shared.criteria().weights().weight(Factor.JSS)).isEqualTo(90);

        vm.presetProperty().set(RankingPreset.BUDGET);
        assertThat(shared.criteria().weights()).isEqualTo(RankingPreset.BUDGET.weights());
    }

    @Test
    void aSavedPresetIsListedChosenAndInUseAfterARestart() {
        RankingViewModel vm = panel(new CurrentRanking());
        vm.weightProperty(Factor.JSS).set(70);
        vm.weightProperty(Factor.RATE).set(0);
        vm.presetNameProperty().set("Senior devs");
        vm.savePreset();

        assertThat(vm.presets()).extracting(RankingPreset::id).containsExactly("balanced", "quality_first", "budget",
                "user:Senior devs");
        assertThat(vm.presetProperty().get().userName()).isEqualTo("Senior devs");
        assertThat(vm.canDeleteProperty().get()).isTrue();
        assertThat(vm.presetNoticeProperty().get()).contains("Senior devs");
        assertThat(vm.presetNameProperty().get()).isEmpty();

        // A new window: the preset in use comes back, and with it the weights every Score column uses.
        CurrentRanking next = new CurrentRanking();
        RankingViewModel again = panel(next);
        assertThat(again.presetProperty().get().userName()).isEqualTo("Senior devs");
        assertThat(again.weightProperty(Factor.JSS).get()).isEqualTo(70);
        assertThat(next.criteria().weights().weight(Factor.JSS)).isEqualTo(70);
        assertThat(next.criteria().weights().weight(Factor.RATE)).isZero();
    }

    @Test
    void choosingABuiltInPresetIsRememberedToo() {
        panel(new CurrentRanking()).presetProperty().set(RankingPreset.QUALITY_FIRST);
        assertThat(panel(new CurrentRanking()).presetProperty().get()).isEqualTo(RankingPreset.QUALITY_FIRST);
    }

    @Test
    void deletingTheUsersPresetPutsBalancedBackAndBuiltInOnesCannotBeDeleted() {
        RankingViewModel vm = panel(new CurrentRanking());
        vm.presetNameProperty().set("Mine");
        vm.weightProperty(Factor.BADGES).set(80);
        vm.savePreset();

        vm.deletePreset();
        assertThat(vm.presets()).extracting(RankingPreset::id).doesNotContain("user:Mine");
        assertThat(vm.presetProperty().get()).isEqualTo(RankingPreset.BALANCED);
        assertThat(vm.canDeleteProperty().get()).isFalse();
        vm.deletePreset();
        assertThat(vm.presets()).hasSize(RankingPreset.BUILT_IN.size());
        assertThat(store().saved()).isEmpty();
    }

    @Test
    void aPresetNeedsANameAndAWeight() {
        RankingViewModel vm = panel(new CurrentRanking());
        vm.presetNameProperty().set("  ");
        vm.savePreset();
        assertThat(vm.presetNoticeProperty().get()).isEqualTo("Type a name for the preset first.");

        for (Factor f : Factor.values()) {
            vm.weightProperty(f).set(0);
        }
        vm.presetNameProperty().set("Nothing");
        vm.savePreset();
        assertThat(store().saved()).isEmpty();
    }
}
