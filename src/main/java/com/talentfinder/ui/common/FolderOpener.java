package com.talentfinder.ui.common;

import java.nio.file.Path;

/**
 * Opens a folder in the system file manager after an export. Only ever given the folder an export was written
 * to, never a file: nothing exported is opened or run. Tests record the call.
 */
@FunctionalInterface
public interface FolderOpener {

    void openFolder(Path folder);
}
