package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.Settings;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' Clear cache, and a plan set by TALENT_FINDER_PLAN. */
class SettingsCacheAndPlanTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private AppServices services(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        return new AppServices(env, CLOCK);
    }

    private static SettingsViewModel viewModel(AppServices services) {
        return new SettingsViewModel(SettingsServices.of(services), s -> r -> { throw new AssertionError("no call expected"); },
                new SyncTaskRunner(), theme -> { });
    }

    private static void cachePages(AppServices services, int pages) {
        for (int p = 1; p <= pages; p++) {
            SearchRequest r = new SearchRequest("react", p, 10);
            services.pageCache().put("https://api.example/s", new SearchPage(r, 100, 10, List.of(), CLOCK.instant(),
                    false));
        }
    }

    @Test
    void clearCacheEmptiesTheCacheAndSaysHowManyPagesWent() {
        try (AppServices services = services(Map.of())) {
            cachePages(services, 3);
            ClearCacheViewModel clear = viewModel(services).clearCache();

            clear.clear();

            assertThat(services.pageCache().size()).isZero();
            assertThat(clear.messageProperty().get()).isEqualTo("Removed 3 pages from the cache.");
            assertThat(clear.runningProperty().get()).isFalse();
        }
    }

    @Test
    void clearingAnEmptyCacheSaysItWasEmpty() {
        try (AppServices services = services(Map.of())) {
            ClearCacheViewModel clear = viewModel(services).clearCache();

            clear.clear();

            assertThat(clear.messageProperty().get()).isEqualTo("The cache was already empty.");
        }
    }

    @Test
    void aFailureToClearIsOnePlainSentence() {
        ClearCacheViewModel clear = new ClearCacheViewModel(() -> {
            throw new IllegalStateException("SQLITE_BUSY at line 42");
        }, new SyncTaskRunner());

        clear.clear();

        assertThat(clear.messageProperty().get()).startsWith("The cache could not be cleared.")
                .doesNotContain("SQLITE");
    }

    @Test
    void aPlanFromTheEnvironmentIsShownAndNotEditable() {
        try (AppServices services = services(Map.of("TALENT_FINDER_PLAN", "hobby"))) {
            SettingsViewModel vm = viewModel(services);

            assertThat(services.planFromEnvironment()).isTrue();
            assertThat(vm.plan().fromEnvironmentProperty().get()).isTrue();
            assertThat(vm.plan().choiceProperty().get()).isEqualTo(Plan.HOBBY);
            assertThat(vm.plan().noteProperty().get()).contains("TALENT_FINDER_PLAN").contains("Hobby");
        }
    }

    @Test
    void aPlanFromTheEnvironmentIsNotSavedOverTheChosenOne() throws Exception {
        try (AppServices services = services(Map.of("TALENT_FINDER_PLAN", "developer"))) {
            services.updateSettings(Settings.defaults().withPlan(Plan.HOBBY));
            SettingsViewModel vm = viewModel(services);

            assertThat(vm.save()).isTrue();

            assertThat(services.settings().plan()).isEqualTo(Plan.HOBBY);
            assertThat(services.plan()).isEqualTo(Plan.DEVELOPER);
        }
    }

    @Test
    void withoutTheVariableThePlanIsTheChosenOneAndThereIsNoNote() {
        try (AppServices services = services(Map.of("TALENT_FINDER_PLAN", "platinum"))) {
            SettingsViewModel vm = viewModel(services);

            assertThat(services.planFromEnvironment()).isFalse();
            assertThat(vm.plan().fromEnvironmentProperty().get()).isFalse();
            assertThat(vm.plan().noteProperty().get()).isEmpty();
        }
    }
}
