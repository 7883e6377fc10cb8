package com.talentfinder.app.startup;

import com.talentfinder.store.StoreException;
import java.nio.file.Path;
import java.util.List;

/**
 * Why the data could not be opened as it is, in plain words, and what can be done about it. The window shows
 * it instead of dying; the command line prints {@link #message()} and exits with its "data problem" code.
 *
 * @param kind          what went wrong
 * @param message       one or more plain sentences for the user (never a stack trace, never a false promise)
 * @param file          the file concerned (the database or the settings file)
 * @param newestBackup  the newest migration backup beside the database, or null when there is none
 */
public record StartupProblem(Kind kind, String message, Path file, Path newestBackup) {

    /** The kinds of problem, each with its own choices. */
    public enum Kind {
        /** Not a database or damaged inside: keep it aside and start fresh, or restore a backup. */
        DAMAGED_DATABASE,
        /** Written by a newer version: keep it aside (for that version) and start fresh, or restore a backup. */
        NEWER_DATABASE,
        /** Full disk, read-only folder or a lock held elsewhere: fix the cause and try again. */
        CANNOT_WRITE,
        /** Another program holds the database: close it and try again. */
        LOCKED,
        /** The settings file had values that could not be used: defaults are in force. */
        SETTINGS_RESET
    }

    /** True when the damaged file may be set aside so the app starts with an empty database. */
    public boolean canStartFresh() {
        return kind == Kind.DAMAGED_DATABASE || kind == Kind.NEWER_DATABASE;
    }

    /** True when a backup exists to restore (the choice is offered only then). */
    public boolean canRestoreBackup() {
        return canStartFresh() && newestBackup != null;
    }

    /** True when trying again may help (the cause is outside the file). */
    public boolean canRetry() {
        return kind == Kind.CANNOT_WRITE || kind == Kind.LOCKED;
    }

    static StartupProblem of(StoreException e, Path database, Path newestBackup) {
        String base = e.getMessage();
        return switch (e.problem()) {
            case DAMAGED, OTHER -> new StartupProblem(Kind.DAMAGED_DATABASE,
                    "Talent Finder cannot read its data file (" + database.getFileName() + "): it is damaged or is "
                            + "not a Talent Finder file. Nothing has been deleted."
                            + (newestBackup == null ? " There is no backup of it."
                                    : " A backup from " + DataRecovery.describe(newestBackup) + " exists."),
                    database, newestBackup);
            case NEWER_VERSION -> new StartupProblem(Kind.NEWER_DATABASE, base + " Nothing has been changed.",
                    database, newestBackup);
            case LOCKED -> new StartupProblem(Kind.LOCKED, "Another program is using Talent Finder's data file. "
                    + "Close it (or wait for it to finish), then try again. Nothing has been changed.", database, null);
            case DISK_FULL, READ_ONLY, FOLDER, SERVER_UNREACHABLE, SERVER_REFUSED ->
                    new StartupProblem(Kind.CANNOT_WRITE, base, database, null);
        };
    }

    static StartupProblem settings(List<String> problems, Path settingsFile) {
        return new StartupProblem(Kind.SETTINGS_RESET, String.join(" ", problems), settingsFile, null);
    }
}
