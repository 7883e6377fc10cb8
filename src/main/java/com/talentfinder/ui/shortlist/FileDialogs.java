package com.talentfinder.ui.shortlist;

import java.nio.file.Path;
import java.util.Optional;

/** The file choosers of export and import; the window uses JavaFX's FileChooser, tests return a temp path. */
public interface FileDialogs {

    /**
     * Asks where to save an export.
     *
     * @param suggestedName a file name with its extension ("Frontend Q1.csv")
     * @param extension     the format's extension without the dot
     */
    Optional<Path> chooseExportTarget(String suggestedName, String extension);

    /**
     * Asks whether to replace {@code file}, which exists: the chooser checked the name as typed, before the
     * format's extension was added. Says no unless a dialog asks.
     */
    default boolean confirmOverwrite(Path file) {
        return false;
    }

    /** Asks for a JSON export to import. */
    Optional<Path> chooseImportFile();
}
