package com.talentfinder.app.sync;

import com.talentfinder.store.SaveOutcome;

/**
 * What became of an edit: the store's outcome (saved, conflict, gone), or kept because the team database is
 * away (it is sent when the connection is back; {@link EntrySync.Listener#sent} tells how that went).
 *
 * @param outcome the store's answer, or null when {@code kept}
 */
public record EditResult(SaveOutcome outcome, boolean kept) {

    public static EditResult of(SaveOutcome outcome) {
        return new EditResult(outcome, false);
    }

    public static EditResult keptForLater() {
        return new EditResult(null, true);
    }
}
