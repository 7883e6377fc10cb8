package com.talentfinder.app.team;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseStore;
import com.talentfinder.store.Database;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.StoreException;
import java.io.IOException;
import java.util.Optional;

/**
 * Where the shared part lives: the team database when one is in force ({@code TALENT_FINDER_DB_URL}, else
 * Settings' "Team database"), else nothing (shortlists stay in the personal file). Built by the composition
 * root; {@link #database()} never waits for the server: the connection is made, and the schema migrated, on
 * first use, and a server that is away makes each use fail with a worded {@link StoreException} until it
 * answers again. Personal data (page cache, credits, search history, insights) never comes here.
 */
public final class TeamStore implements AutoCloseable {

    private final EffectiveSettings effective;
    private final TeamDatabaseStore store;
    private TeamDatabaseSettings settings;
    private Database database;
    private boolean sharedKey;

    public TeamStore(EffectiveSettings effective, TeamDatabaseStore store) {
        this.effective = effective;
        this.store = store;
        this.settings = store.load();
        this.sharedKey = store.sharedKey();
    }

    /** The team database choice saved in Settings (the environment may override it: {@link #fromEnvironment}). */
    public synchronized TeamDatabaseSettings settings() {
        return settings;
    }

    /** True when {@code TALENT_FINDER_DB_URL} names the team database (Settings' choice is then not used). */
    public boolean fromEnvironment() {
        return effective.teamDatabaseFromEnvironment();
    }

    /** True when a team database is in force (configured; reachable or not). */
    public synchronized boolean inForce() {
        return fromEnvironment() || (settings.configured() && settings.problem().isEmpty());
    }

    /** Settings' "Our API key is shared by the team" (the environment may override it). */
    public synchronized boolean sharedKeySaved() {
        return sharedKey;
    }

    /** Saves Settings' "Our API key is shared by the team". */
    public synchronized void saveSharedKey(boolean shared) throws IOException {
        store.saveSharedKey(shared);
        sharedKey = shared;
    }

    /** True when {@code TALENT_FINDER_TEAM_KEY} says whether the key is the team's (Settings' choice is then not used). */
    public boolean sharedKeyFromEnvironment() {
        return effective.teamKeyFromEnvironment().isPresent();
    }

    /**
     * True when the key's credits are counted with the team's: a team database is in force and the key is the
     * team's ({@code TALENT_FINDER_TEAM_KEY}, else Settings). Demo data costs nothing: the caller checks that.
     */
    public boolean sharesKey() {
        return inForce() && effective.teamKeyFromEnvironment().orElseGet(this::sharedKeySaved);
    }

    /**
     * Saves the Settings choice and the password ({@code null} keeps the saved one, empty removes it); the next
     * use connects to the new server.
     */
    public synchronized void update(TeamDatabaseSettings newSettings, String password) throws IOException {
        store.save(newSettings, password);
        settings = newSettings;
        dropConnection();
    }

    /**
     * The team database in force, not yet connected; empty when none. Never fails: when
     * {@code TALENT_FINDER_DB_URL} is not a PostgreSQL address, every use of it fails with a
     * {@link StoreException.Problem#SERVER_REFUSED} saying so.
     */
    public synchronized Optional<Database> database() {
        if (database == null) {
            Optional<ServerLogin> login;
            try {
                login = login();
            } catch (StoreException e) {
                database = Database.unusable(e);
                return Optional.of(database);
            }
            if (login.isEmpty()) {
                return Optional.empty();
            }
            database = Database.server(login.get());
        }
        return Optional.of(database);
    }

    /** Where the team database is, for diagnostics and the status bar: never a password; empty when none. */
    public synchronized Optional<String> describe() {
        try {
            return login().map(ServerLogin::describe);
        } catch (StoreException e) {
            return Optional.of(EffectiveSettings.ENV_DB_URL + " (not a PostgreSQL address)");
        }
    }

    /** "host:port/database" of the team database in force, for diagnostics: never a user or password. */
    public synchronized Optional<String> where() {
        try {
            return login().map(ServerLogin::where);
        } catch (StoreException e) {
            return Optional.of("(not a PostgreSQL address)");
        }
    }

    /**
     * Connects (and migrates on first use) now: empty when the team database answers or none is in force, else
     * the worded failure (its {@link StoreException#problem()} says which). Blocks up to the connect timeout:
     * call it off the UI thread (start-up, the Settings screen's "Test").
     */
    public Optional<StoreException> check() {
        try {
            Optional<Database> db = database();
            db.ifPresent(d -> d.read("connect to the team database", c -> c.isValid(5)));
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e);
        }
    }

    /** A one-off check of candidate settings (the Settings screen's "Test"): connects, saves and changes nothing. */
    public static Optional<StoreException> check(TeamDatabaseSettings candidate, String password) {
        Optional<ServerLogin> login = candidate.login(password);
        if (login.isEmpty()) {
            return Optional.of(new StoreException(StoreException.Problem.SERVER_REFUSED,
                    "The team database's address is not complete: give its host, port and database name.", null));
        }
        try {
            Database.probeServer(login.get());
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e);
        }
    }

    private Optional<ServerLogin> login() {
        try {
            return effective.teamLogin(settings, store::password);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Problem.SERVER_REFUSED, EffectiveSettings.ENV_DB_URL
                    + " is not a team database address. Use jdbc:postgresql://host:port/database?user=NAME&password=…"
                    + ", or unset it to keep your shortlists on this computer.", null);
        }
    }

    private void dropConnection() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    public synchronized void close() {
        dropConnection();
    }
}
