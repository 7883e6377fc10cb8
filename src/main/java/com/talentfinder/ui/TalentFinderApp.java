package com.talentfinder.ui;

import com.talentfinder.app.StartupWarmUp;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class TalentFinderApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.create(StartupWarmUp.takeServices(), getHostServices());
        context.show(stage);
        StartupProbe.fromArgs(getParameters().getRaw()).ifPresent(probe -> probe.attach(context));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
