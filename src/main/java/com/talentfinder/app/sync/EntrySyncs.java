package com.talentfinder.app.sync;

import com.talentfinder.app.AppServices;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.Database;
import com.talentfinder.store.Dialect;
import com.talentfinder.store.ShortlistRepository;

/** Builds the app's {@link EntrySync}: the window and the test driver of two app processes use this one wiring. */
public final class EntrySyncs {

    private EntrySyncs() {
    }

    /**
     * The sync over {@code repo} on {@code db} (the shortlists' database) as the member named in Settings. On a team
     * database the edits kept while it is away are written to the data folder, so they survive a restart.
     */
    public static EntrySync forApp(AppServices services, Database db, ShortlistRepository repo) {
        boolean team = db.dialect() == Dialect.POSTGRES;
        PendingEdits kept = team ? PendingEdits.inFolder(services.dataFolder(), services.team().describe().orElse(""))
                : PendingEdits.inMemory();
        return new EntrySync(SyncStore.of(repo.shared()), () -> MemberName.current(services.dataFolder()), team,
                Backoff.standard(), kept);
    }
}
