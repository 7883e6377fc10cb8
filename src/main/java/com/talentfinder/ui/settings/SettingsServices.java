package com.talentfinder.ui.settings;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.Settings;
import java.io.IOException;
import java.nio.file.Path;

/** What the Settings form needs from the app: the saved settings, the one environment rule, the page cache. */
public interface SettingsServices {

    Settings settings();

    /** Decides what the environment overrides (and what the form may write). */
    EffectiveSettings effective();

    void updateSettings(Settings settings) throws IOException;

    Path dataFolder();

    int cachedPages();

    void clearCache();

    /** The team database and "Your name" (issue 16). */
    TeamPort team();

    /** The app's services seen through this interface. */
    static SettingsServices of(AppServices services) {
        return new SettingsServices() {
            @Override
            public Settings settings() {
                return services.settings();
            }

            @Override
            public EffectiveSettings effective() {
                return services.effective();
            }

            @Override
            public void updateSettings(Settings settings) throws IOException {
                services.updateSettings(settings);
            }

            @Override
            public Path dataFolder() {
                return services.dataFolder();
            }

            @Override
            public int cachedPages() {
                return services.pageCache().size();
            }

            @Override
            public void clearCache() {
                services.pageCache().clear();
            }

            @Override
            public TeamPort team() {
                return TeamPort.of(services);
            }
        };
    }
}
