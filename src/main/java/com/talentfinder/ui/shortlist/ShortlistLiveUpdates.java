package com.talentfinder.ui.shortlist;

import com.talentfinder.app.sync.ConnectionState;
import com.talentfinder.app.sync.EditResult;
import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.store.ChangeFeeds;
import com.talentfinder.store.Database;
import com.talentfinder.store.SaveOutcome;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.ConnectionStatusViewModel;
import javafx.application.Platform;

/**
 * The shortlists feature's live updates from the team database: other people's changes (another window, process
 * or team member) show within a moment, the connection status follows the database, and edits kept meanwhile are
 * reported when sent.
 */
final class ShortlistLiveUpdates {

    private final Notices notices;
    private final EntriesViewModel entries;
    private final Runnable changedElsewhere;
    private final ConnectionStatusViewModel connection = new ConnectionStatusViewModel();
    private EntrySync sync;

    /** {@code changedElsewhere} runs on the FX thread whenever someone else changed the database. */
    ShortlistLiveUpdates(Notices notices, EntriesViewModel entries, Runnable changedElsewhere) {
        this.notices = notices;
        this.entries = entries;
        this.changedElsewhere = changedElsewhere;
    }

    /** Listens to {@code sync} and starts the change feed of {@code db}. */
    void start(EntrySync sync, Database db) {
        this.sync = sync;
        sync.addListener(new EntrySync.Listener() {
            @Override
            public void changed() {
                Platform.runLater(changedElsewhere);
            }

            @Override
            public void state(ConnectionState state, int keptEdits) {
                Platform.runLater(() -> connection.show(state, keptEdits));
            }

            @Override
            public void sent(EntrySync.Pending edit, EditResult result) {
                Platform.runLater(() -> keptEditSent(result));
            }

            @Override
            public void notSent(EntrySync.Pending edit, RuntimeException failure) {
                Platform.runLater(() -> notices.show(Messages.format("team.sent.notSaved",
                        ShortlistErrors.message(failure))));
            }
        });
        sync.listen(listener -> ChangeFeeds.start(db, listener));
    }

    private void keptEditSent(EditResult result) {
        if (result.outcome() instanceof SaveOutcome.Saved) {
            notices.show(Messages.get("team.sent.saved"));
        } else if (result.outcome() instanceof SaveOutcome.Conflict c) {
            entries.reload(); // the stored values show; nothing of theirs was overwritten
            SaveOutcome.FieldConflict f = c.conflicts().get(0);
            notices.show(Messages.format("team.sent.conflict", f.theirsBy(), TeamTexts.fieldName(f.field()),
                    TeamTexts.value(f.field(), f.mine())));
        } else {
            notices.show(Messages.get("team.gone"));
        }
    }

    /** The connection status the status bar shows (hidden while the database answers). */
    ConnectionStatusViewModel connection() {
        return connection;
    }

    /** Stops listening for other people's changes. */
    void close() {
        if (sync != null) {
            sync.close();
        }
    }
}
