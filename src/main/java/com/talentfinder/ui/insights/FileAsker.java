package com.talentfinder.ui.insights;

import java.nio.file.Path;

/** Asks where to save a file; tests replace it. */
@FunctionalInterface
public interface FileAsker {

    /**
     * @param suggestedName a file name to start from, e.g. "market-report.csv"
     * @param extension     without the dot: "csv", "xlsx", "png"
     * @return the file chosen, or null when the user cancelled
     */
    Path askSave(String suggestedName, String extension);
}
