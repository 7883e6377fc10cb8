package com.talentfinder.app.startup;

import com.talentfinder.app.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the app's log to rotating files in {@code <data folder>/logs} (5 files of 1 MB) and nowhere else:
 * the console belongs to the command line's plain output. Nothing logged ever holds the API key
 * (the key masks itself in {@code toString()}, and the client never logs headers).
 */
public final class Logging {

    private Logging() {
    }

    public static void configure(Path dataFolder, Level level) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        try {
            Path logs = dataFolder.resolve("logs");
            Files.createDirectories(logs);
            Handler file = new FileHandler(logs.resolve("talent-finder-%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(level);
            root.addHandler(file);
            PrivateFiles.secureFolder(dataFolder, false); // the log files: user only
        } catch (IOException | SecurityException e) {
            // No log file is not a reason to stop the app; the user still sees every error in the window.
        }
    }

    /** The folder the log files are written to. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }
}
