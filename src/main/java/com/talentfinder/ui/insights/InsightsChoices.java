package com.talentfinder.ui.insights;

import com.talentfinder.app.insights.RankingPresets;
import com.talentfinder.insights.RankingPreset;
import com.talentfinder.insights.Weights;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Insights screen remembers besides its data: the weight presets the user saved, the preset in use (it
 * drives the Score columns everywhere) and the "check my watchlist once a day at start" choice. Methods may
 * block (called inside TaskRunner jobs). {@link #of} adapts the app's {@link RankingPresets};
 * {@link #inMemory()} keeps them for the window's life (tests, the dev main).
 */
public interface InsightsChoices {

    /** The presets the user saved, A–Z. */
    List<RankingPreset> saved() throws Exception;

    /** Saves {@code weights} under {@code name} (replacing that name) and makes it the one in use. */
    RankingPreset save(String name, Weights weights) throws Exception;

    /** Deletes a saved preset; Balanced is in use after it if it was. */
    void delete(String name) throws Exception;

    /** The preset in use (Balanced when none was chosen). */
    RankingPreset active() throws Exception;

    void setActive(RankingPreset preset) throws Exception;

    boolean dailyCheck() throws Exception;

    void setDailyCheck(boolean on) throws Exception;

    static InsightsChoices of(RankingPresets presets) {
        return new InsightsChoices() {
            @Override
            public List<RankingPreset> saved() {
                return presets.saved();
            }

            @Override
            public RankingPreset save(String name, Weights weights) {
                return presets.save(name, weights);
            }

            @Override
            public void delete(String name) {
                presets.delete(name);
            }

            @Override
            public RankingPreset active() {
                return presets.active();
            }

            @Override
            public void setActive(RankingPreset preset) {
                presets.setActive(preset);
            }

            @Override
            public boolean dailyCheck() {
                return presets.dailyCheck();
            }

            @Override
            public void setDailyCheck(boolean on) {
                presets.setDailyCheck(on);
            }
        };
    }

    /** Choices kept in memory only. */
    static InsightsChoices inMemory() {
        return new InsightsChoices() {
            private final List<RankingPreset> saved = new ArrayList<>();
            private RankingPreset active = RankingPreset.BALANCED;
            private boolean daily;

            @Override
            public synchronized List<RankingPreset> saved() {
                return saved.stream().sorted(java.util.Comparator.comparing(
                        (RankingPreset p) -> p.userName().toLowerCase(java.util.Locale.ROOT))).toList();
            }

            @Override
            public synchronized RankingPreset save(String name, Weights weights) {
                String clean = name == null ? "" : name.strip();
                if (clean.isEmpty() || weights.total() == 0) {
                    throw new IllegalArgumentException("A preset needs a name and a weight above 0.");
                }
                saved.removeIf(p -> p.userName().equals(clean));
                RankingPreset p = RankingPreset.user(clean, weights);
                saved.add(p);
                active = p;
                return p;
            }

            @Override
            public synchronized void delete(String name) {
                saved.removeIf(p -> p.userName().equals(name));
                if (active.id().equals(RankingPreset.USER_PREFIX + name)) {
                    active = RankingPreset.BALANCED;
                }
            }

            @Override
            public synchronized RankingPreset active() {
                return active;
            }

            @Override
            public synchronized void setActive(RankingPreset preset) {
                active = preset == null ? RankingPreset.BALANCED : preset;
            }

            @Override
            public synchronized boolean dailyCheck() {
                return daily;
            }

            @Override
            public synchronized void setDailyCheck(boolean on) {
                daily = on;
            }
        };
    }
}
