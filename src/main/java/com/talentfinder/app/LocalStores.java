package com.talentfinder.app;

import com.talentfinder.app.config.PrivateFiles;
import com.talentfinder.store.Database;
import com.talentfinder.store.ObservationRepository;
import com.talentfinder.store.SearchHistoryRepository;
import com.talentfinder.store.SqliteCallLedger;
import com.talentfinder.store.SqlitePageCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The personal SQLite database in the data folder and the repositories over it, each built on first use: the
 * database is opened (and migrated) only when something needs it, so a window can open before any file work.
 */
public final class LocalStores {

    /** The database's file name in the data folder. */
    public static final String DATABASE_FILE = "talent-finder.db";

    private final Path dataFolder;
    private final Clock clock;
    private Database database;
    private SearchHistoryRepository history;
    private SqlitePageCache pageCache;
    private SqliteCallLedger callLedger;
    private ObservationRepository observations;

    LocalStores(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** Where the database lives (it may not exist yet). */
    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_FILE);
    }

    /** The database, opened (and migrated) on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(databaseFile());
            PrivateFiles.secureFolder(dataFolder, false); // the new database and its WAL: user only
        }
        return database;
    }

    public synchronized SearchHistoryRepository history() {
        if (history == null) {
            history = new SearchHistoryRepository(database(), clock);
        }
        return history;
    }

    public synchronized SqlitePageCache pageCache() {
        if (pageCache == null) {
            pageCache = new SqlitePageCache(database(), clock);
        }
        return pageCache;
    }

    /**
     * Keeps the page cache bounded: pages older than {@code ttl} (at least a day) and, past
     * {@link SqlitePageCache#MAX_PAGES} pages, the oldest ones go.
     */
    public void prunePageCache(Duration ttl) {
        pageCache().pruneOlderThan(ttl.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : ttl);
        pageCache().pruneToSize(SqlitePageCache.MAX_PAGES);
    }

    public synchronized SqliteCallLedger callLedger() {
        if (callLedger == null) {
            callLedger = new SqliteCallLedger(database(), clock.getZone());
        }
        return callLedger;
    }

    /** The append-only "freelancers offering X" counts. */
    public synchronized ObservationRepository observations() {
        if (observations == null) {
            observations = new ObservationRepository(database());
        }
        return observations;
    }
}
