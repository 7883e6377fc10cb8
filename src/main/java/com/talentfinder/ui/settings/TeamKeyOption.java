package com.talentfinder.ui.settings;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.ui.Messages;
import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Settings' "Our API key is shared by the team: share its credit meter" (issue 16): saved with the team
 * database; {@code TALENT_FINDER_TEAM_KEY} wins and makes the box read-only with a note. It has an effect only
 * with a team database and a key of one's own (never on demo data), which the note says.
 */
public final class TeamKeyOption {

    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper fromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    void load(TeamPort port) {
        Optional<Boolean> env = port.sharedKeyFromEnvironment();
        fromEnvironment.set(env.isPresent());
        shared.set(env.orElseGet(port::sharedKey));
        note.set(env.isPresent() ? Messages.format("settings.team.sharedKey.fromEnvironment",
                EffectiveSettings.ENV_TEAM_KEY) : Messages.get("settings.team.sharedKey.note"));
    }

    void save(TeamPort port) throws IOException {
        if (!fromEnvironment.get() && shared.get() != port.sharedKey()) {
            port.saveSharedKey(shared.get());
        }
    }

    /** True when the key's credit meter is shared with the team. */
    public BooleanProperty sharedProperty() {
        return shared;
    }

    /** True when {@code TALENT_FINDER_TEAM_KEY} decides (the box is read-only). */
    public ReadOnlyBooleanProperty fromEnvironmentProperty() {
        return fromEnvironment.getReadOnlyProperty();
    }

    /** When it applies, or that the environment decides. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
