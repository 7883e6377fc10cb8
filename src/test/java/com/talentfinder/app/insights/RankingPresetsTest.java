package com.talentfinder.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.Weights;
import com.talentfinder.store.Database;
import com.talentfinder.store.RankingPresetRepository;
import com.talentfinder.testing.HandClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved weight presets and the preset in use, on a temporary SQLite file (migration V8). */
class RankingPresetsTest {

    @TempDir
    Path dir;

    private final HandClock clock = new HandClock(Instant.parse("2026-03-01T08:00:00Z"));

    private RankingPresets open() {
        return new RankingPresets(new RankingPresetRepository(Database.open(dir.resolve("p.db"))), clock);
    }

    @Test
    void balancedIsInUseUntilTheUserChoosesAndTheDailyCheckIsOff() {
        RankingPresets presets = open();
        assertThat(presets.active()).isEqualTo(RankingPreset.BALANCED);
        assertThat(presets.saved()).isEmpty();
        assertThat(presets.dailyCheck()).isFalse();
        assertThat(presets.lastCheck()).isEmpty();
    }

    @Test
    void aSavedPresetIsListedInUseAndSurvivesReopening() {
        Weights w = Weights.of(60, 0, 0, 0, 40, 0, 0);
        RankingPreset saved = open().save("  Senior devs ", w);

        RankingPresets again = open();
        assertThat(saved.userName()).isEqualTo("Senior devs");
        assertThat(again.saved()).containsExactly(RankingPreset.user("Senior devs", w));
        assertThat(again.active()).isEqualTo(saved);
    }

    @Test
    void savingUnderTheSameNameReplacesAndDeletingTheOneInUseFallsBackToBalanced() {
        RankingPresets presets = open();
        presets.save("Mine", Weights.of(10, 0, 0, 0, 0, 0, 0));
        presets.save("Mine", Weights.of(0, 20, 0, 0, 0, 0, 0));
        presets.save("Another", Weights.of(0, 0, 30, 0, 0, 0, 0));
        assertThat(presets.saved()).extracting(RankingPreset::userName).containsExactly("Another", "Mine");
        assertThat(presets.saved().get(1).weights().total()).isEqualTo(20);

        presets.setActive(presets.saved().get(1));
        presets.delete("Mine");
        assertThat(presets.saved()).extracting(RankingPreset::userName).containsExactly("Another");
        assertThat(presets.active()).isEqualTo(RankingPreset.BALANCED);
    }

    @Test
    void aBuiltInPresetInUseIsRemembered() {
        open().setActive(RankingPreset.BUDGET);
        assertThat(open().active()).isEqualTo(RankingPreset.BUDGET);
    }

    @Test
    void blankNamesAndAllZeroWeightsAreRefused() {
        RankingPresets presets = open();
        assertThatThrownBy(() -> presets.save("  ", Weights.of(1, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> presets.save("Zero", Weights.of(0, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(presets.saved()).isEmpty();
    }

    @Test
    void aStoredPresetWhoseWeightsNoLongerParseIsLeftOut() {
        RankingPresetRepository repo = new RankingPresetRepository(Database.open(dir.resolve("p.db")));
        repo.save(new RankingPresetRepository.Row("Broken", "jss=400", Instant.EPOCH));
        repo.save(new RankingPresetRepository.Row("Fine", "jss=40,rate=10", Instant.EPOCH));
        repo.setPreference(RankingPresets.ACTIVE, "user:Broken");

        RankingPresets presets = new RankingPresets(repo, clock);
        assertThat(presets.saved()).extracting(RankingPreset::userName).containsExactly("Fine");
        assertThat(presets.active()).isEqualTo(RankingPreset.BALANCED);
    }
}
