package com.talentfinder.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class TalentFinderApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Talent Finder");
        stage.setScene(new Scene(new Label("Talent Finder"), 1200, 760));
        stage.show();
    }
}
