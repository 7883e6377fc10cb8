package com.talentfinder.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the window figures: a bare JavaFX window with one label, started like the app (same JVM, same
 * flags). {@code marker} prints {@code STARTUP_MARKER <ms since JVM start>} at the same point the app's
 * {@code --startup-marker} does (the pulse after the first laid-out frame); {@code memory} prints its memory then.
 */
public final class BareWindowMain {

    private BareWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            boolean memory = getParameters().getRaw().contains("memory");
            Scene scene = new Scene(new Label("Talent Finder"), 1280, 800);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
            FxFrames.afterNextFrame(scene, () -> {
                if (!memory) {
                    System.out.println("STARTUP_MARKER " + FxFrames.sinceJvmStart());
                    System.out.flush();
                    Platform.exit();
                    return;
                }
                Thread t = new Thread(() -> {
                    try {
                        FxFrames.printMemory();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                });
                t.start();
            });
        }
    }
}
