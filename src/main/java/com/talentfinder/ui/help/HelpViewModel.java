package com.talentfinder.ui.help;

import com.talentfinder.app.desktop.Diagnostics;
import com.talentfinder.app.desktop.Licenses;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.FolderOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Help menu's commands: About, Open data folder, Copy diagnostics. */
public final class HelpViewModel {

    // Properties //
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final Path dataFolder;
    private final Supplier<String> diagnostics;
    private final TaskRunner runner;
    private final FolderOpener folders;
    private final DesktopActions desktop;

    /**
     * @param diagnostics builds the diagnostics text (reads logs and the database: run in the background);
     *                    it never holds the key
     */
    public HelpViewModel(Path dataFolder, Supplier<String> diagnostics, TaskRunner runner, FolderOpener folders,
                         DesktopActions desktop) {
        this.dataFolder = dataFolder;
        this.diagnostics = diagnostics;
        this.runner = runner;
        this.folders = folders;
        this.desktop = desktop;
    }

    // Commands //

    /** Opens the data folder (database, settings, logs) in the system file manager. */
    public void openDataFolder() {
        folders.openFolder(dataFolder);
        notice.set(Messages.format("help.dataFolder.opened", dataFolder));
    }

    /** Collects versions, paths and recent errors in the background and puts them on the clipboard. */
    public void copyDiagnostics() {
        notice.set(Messages.get("help.diagnostics.collecting"));
        runner.run("diagnostics", p -> diagnostics.get(), text -> {
            desktop.copyToClipboard(text);
            notice.set(Messages.get("help.diagnostics.copied"));
        }, error -> notice.set(Messages.get("help.diagnostics.failed")));
    }

    // Read-only state //

    public String version() {
        return Diagnostics.appVersion();
    }

    public List<Licenses.Library> libraries() {
        return Licenses.all();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** The last command's outcome, one plain sentence (shown in a notification). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
