package com.talentfinder.ui.common;

import com.talentfinder.app.sync.ConnectionState;
import com.talentfinder.ui.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's word on the team database: nothing while it answers and nothing waits; "Team database
 * unreachable — retrying; 2 edits not yet saved to the team database" while it does not; "2 edits not yet saved to
 * the team database — sending" while edits kept earlier (perhaps before a restart) go out. Call {@link #show} on
 * the UI thread.
 */
public final class ConnectionStatusViewModel {

    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public void show(ConnectionState state, int keptEdits) {
        boolean lost = state == ConnectionState.UNREACHABLE;
        away.set(lost || keptEdits > 0);
        if (lost) {
            text.set(keptEdits > 0 ? Messages.format("team.status.unreachable.kept", keptEdits)
                    : Messages.get("team.status.unreachable"));
        } else {
            text.set(keptEdits > 0 ? Messages.format("team.status.sending", keptEdits) : "");
        }
    }

    /** True while the label shows: the database is away, or edits wait to be saved to it. */
    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
