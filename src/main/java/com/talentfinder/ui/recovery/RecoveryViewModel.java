package com.talentfinder.ui.recovery;

import com.talentfinder.app.startup.StartupProblem;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.FolderOpener;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The screen shown instead of dying when the data cannot be opened as it is: what happened, in plain words,
 * and the choices that make sense for it. Each choice runs in the background, then the data is checked again;
 * when nothing is left, {@code onResolved} continues the start-up.
 */
public final class RecoveryViewModel {

    /** The file work behind the choices (app.StartupCheck in production, a fake in tests). */
    public interface Actions {
        Optional<StartupProblem> check();

        void startFresh(StartupProblem problem) throws Exception;

        void restoreBackup(StartupProblem problem) throws Exception;

        void acceptDefaultSettings() throws Exception;
    }

    // Properties //
    private final ReadOnlyObjectWrapper<StartupProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStartFresh = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper settingsNotice = new ReadOnlyBooleanWrapper();

    private final Actions actions;
    private final TaskRunner runner;
    private final FolderOpener folders;
    private final Path dataFolder;
    private final Runnable onResolved;
    private final Runnable onQuit;

    public RecoveryViewModel(StartupProblem first, Actions actions, TaskRunner runner, FolderOpener folders,
                             Path dataFolder, Runnable onResolved, Runnable onQuit) {
        this.actions = actions;
        this.runner = runner;
        this.folders = folders;
        this.dataFolder = dataFolder;
        this.onResolved = onResolved;
        this.onQuit = onQuit;
        show(first);
    }

    // Commands //

    /** Keeps the damaged file aside (renamed with the date) and starts with an empty database. */
    public void startFresh() {
        act("start fresh", p -> actions.startFresh(p), canStartFresh.get());
    }

    /** Keeps the damaged file aside and restores the newest backup. */
    public void restoreBackup() {
        act("restore backup", p -> actions.restoreBackup(p), canRestore.get());
    }

    /** Checks again (after the user closed the other program or freed space). */
    public void retry() {
        act("try again", p -> { }, true);
    }

    /** Goes on with the default settings (the settings notice). */
    public void continueWithDefaults() {
        act("continue with defaults", p -> actions.acceptDefaultSettings(), settingsNotice.get());
    }

    public void openDataFolder() {
        folders.openFolder(dataFolder);
    }

    public void quit() {
        onQuit.run();
    }

    private interface Step {
        void run(StartupProblem p) throws Exception;
    }

    private void act(String name, Step step, boolean allowed) {
        StartupProblem current = problem.get();
        if (!allowed || busy.get() || current == null) {
            return;
        }
        busy.set(true);
        error.set(null);
        runner.run("recovery: " + name, progress -> {
            step.run(current);
            return actions.check();
        }, next -> {
            busy.set(false);
            if (next.isEmpty()) {
                problem.set(null);
                onResolved.run();
            } else {
                show(next.get());
            }
        }, failure -> {
            busy.set(false);
            error.set(Messages.get("recovery.error.action"));
        });
    }

    private void show(StartupProblem p) {
        problem.set(p);
        title.set(Messages.get(switch (p.kind()) {
            case DAMAGED_DATABASE -> "recovery.title.damaged";
            case NEWER_DATABASE -> "recovery.title.newer";
            case CANNOT_WRITE -> "recovery.title.cannotWrite";
            case LOCKED -> "recovery.title.locked";
            case SETTINGS_RESET -> "recovery.title.settings";
        }));
        message.set(p.message());
        canStartFresh.set(p.canStartFresh());
        canRestore.set(p.canRestoreBackup());
        canRetry.set(p.canRetry());
        settingsNotice.set(p.kind() == StartupProblem.Kind.SETTINGS_RESET);
    }

    public ReadOnlyObjectProperty<StartupProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartFreshProperty() {
        return canStartFresh.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settingsNoticeProperty() {
        return settingsNotice.getReadOnlyProperty();
    }

    /** The data folder, shown so the user knows where the kept files are. */
    public String dataFolderText() {
        return Messages.format("recovery.dataFolder", dataFolder.toString());
    }
}
