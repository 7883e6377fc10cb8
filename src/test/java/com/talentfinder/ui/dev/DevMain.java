package com.talentfinder.ui.dev;

import com.talentfinder.app.AppServices;
import com.talentfinder.ui.AppContext;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Dev only: the real window on generated freelancers, with its data in {@code /tmp/talent-finder-dev}.
 * Run {@code main} (a plain class, so JavaFX on the class path starts); pass {@code dark} for the dark theme.
 */
public final class DevMain extends Application {

    private AppContext context;

    public static void main(String[] args) {
        Application.launch(DevMain.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppServices services = new AppServices(Map.of("TALENT_FINDER_HOME", "/tmp/talent-finder-dev"),
                Clock.systemDefaultZone());
        context = new AppContext(services, new DevFreelancers(),
                new com.talentfinder.ui.common.FxDesktopActions(getHostServices()));
        context.show(stage);
        if (getParameters().getRaw().contains("dark")) {
            AppContext.applyTheme("dark");
        }
    }

    @Override
    public void stop() {
        context.close();
    }
}
