package com.talentfinder;

import com.talentfinder.app.startup.StartupTrace;
import com.talentfinder.app.startup.StartupWarmUp;
import com.talentfinder.cli.Cli;
import com.talentfinder.ui.StartupProbe;
import com.talentfinder.ui.TalentFinderApp;
import javafx.application.Application;

/**
 * The jar's entry point. With no arguments it opens the window; with arguments it runs the command line.
 * (A plain class, not an {@code Application}, so that {@code java -jar} works with JavaFX on the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || StartupProbe.isProbeOnly(args)) {
            StartupTrace.mark("main");
            StartupWarmUp.begin();
            Application.launch(TalentFinderApp.class, args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
