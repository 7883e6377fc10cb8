package com.talentfinder.ui;

import com.talentfinder.app.AppServices;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class TalentFinderApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.create(AppServices.fromEnvironment(), getHostServices());
        context.show(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
