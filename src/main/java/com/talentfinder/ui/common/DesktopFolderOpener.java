package com.talentfinder.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a folder in the system file manager, on a background thread. Refuses anything that is not an existing
 * directory, so an exported file is never opened (and never run).
 */
public final class DesktopFolderOpener implements FolderOpener {

    private static final System.Logger LOG = System.getLogger(DesktopFolderOpener.class.getName());

    @Override
    public void openFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Thread t = new Thread(() -> open(folder.toAbsolutePath()), "open-folder");
        t.setDaemon(true);
        t.start();
    }

    private static void open(Path folder) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            String tool = os.contains("mac") ? "open" : os.contains("win") ? "explorer" : "xdg-open";
            new ProcessBuilder(tool, folder.toString()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not open the folder: " + e.getMessage());
        }
    }
}
