package com.talentfinder.ui.common;

import com.talentfinder.app.sync.ConnectionState;
import com.talentfinder.ui.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's word on the team database: nothing while it answers; "Team database unreachable — retrying;
 * your edits are kept" (with how many) while it does not. Call {@link #show} on the UI thread.
 */
public final class ConnectionStatusViewModel {

    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public void show(ConnectionState state, int keptEdits) {
        boolean lost = state == ConnectionState.UNREACHABLE;
        away.set(lost);
        text.set(!lost ? "" : keptEdits > 0 ? Messages.format("team.status.unreachable.kept", keptEdits)
                : Messages.get("team.status.unreachable"));
    }

    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
