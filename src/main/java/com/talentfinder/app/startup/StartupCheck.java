package com.talentfinder.app.startup;

import com.talentfinder.app.AppServices;
import com.talentfinder.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the data before the window or a command uses it, and turns every failure into a {@link StartupProblem}
 * instead of an exception; then carries out the user's choice. Runs off the UI thread (opening may wait for a
 * lock). The database is checked first (it matters most), then the settings.
 */
public final class StartupCheck {

    private final AppServices services;
    private boolean settingsAccepted;

    public StartupCheck(AppServices services) {
        this.services = services;
    }

    /** The services whose data this checks. */
    public AppServices services() {
        return services;
    }

    /** The first problem left, or empty when the data opened as it is. Never throws. */
    public Optional<StartupProblem> run() {
        Path db = services.databaseFile();
        try {
            services.database();
        } catch (StoreException e) {
            return Optional.of(StartupProblem.of(e, db, DataRecovery.newestBackup(db).orElse(null)));
        } catch (RuntimeException e) {
            return Optional.of(StartupProblem.of(new StoreException("Could not open the data file.", e), db,
                    DataRecovery.newestBackup(db).orElse(null)));
        }
        if (!settingsAccepted && !services.settingsProblems().isEmpty()) {
            return Optional.of(StartupProblem.settings(services.settingsProblems(), services.settingsFile()));
        }
        return Optional.empty();
    }

    /**
     * Tries the team database when one is in force (issue 16). Not part of {@link #run()}: a server that is away
     * never keeps the window from opening; call this after it opened, off the UI thread (it may wait for the
     * connect timeout). Empty when the server answers or no team database is set; else the worded failure, whose
     * {@link StoreException#problem()} ({@code SERVER_UNREACHABLE}, {@code SERVER_REFUSED}, …) the window words.
     */
    public Optional<StoreException> teamDatabase() {
        return services.team().check();
    }

    /** Renames the damaged database aside with the date (its bytes are kept) so the next open starts fresh. */
    public void keepAsideAndStartFresh(StartupProblem problem) throws IOException {
        DataRecovery.keepAside(problem.file());
    }

    /** Keeps the damaged database aside and puts a copy of the newest backup in its place. */
    public void restoreNewestBackup(StartupProblem problem) throws IOException {
        if (problem.newestBackup() == null) {
            throw new IOException("There is no backup to restore.");
        }
        DataRecovery.restore(problem.file(), problem.newestBackup());
    }

    /**
     * Goes on with default settings for what could not be used: the old file is kept aside with the date and
     * the settings in force are saved, so the notice does not come back at the next start.
     */
    public void acceptDefaultSettings() throws IOException {
        settingsAccepted = true;
        if (Files.exists(services.settingsFile())) {
            Files.copy(services.settingsFile(), services.settingsFile().resolveSibling(
                    services.settingsFile().getFileName() + ".damaged-" + java.time.LocalDate.now()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        services.updateSettings(services.settings());
    }
}
