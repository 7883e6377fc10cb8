package com.talentfinder.ui.insights;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link FileAsker}: a save dialog over the given window. */
public final class FxFileAsker implements FileAsker {

    private final Supplier<Window> owner;

    public FxFileAsker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Path askSave(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File f = chooser.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }
}
