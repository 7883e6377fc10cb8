package com.talentfinder.ui.settings;

import com.talentfinder.app.team.CopyToTeam;
import com.talentfinder.store.ShortlistCopy;
import com.talentfinder.store.StoreException;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings' "Copy my shortlists to the team database" (issue 16), off the UI thread through the {@link TaskRunner}:
 * while it runs, how far it is ("List 1 of 2: 1,500 of 5,000 entries") and a Cancel that leaves the team database
 * as it was (the copy is one transaction); then its summary in one sentence.
 */
public final class TeamCopy {

    private final TeamPort port;
    private final TaskRunner runner;
    private final Function<StoreException, String> word;
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private TaskRunner.Handle running;

    TeamCopy(TeamPort port, TaskRunner runner, Function<StoreException, String> word) {
        this.port = port;
        this.runner = runner;
        this.word = word;
    }

    /** Starts the copy (nothing when one is running). */
    void start() {
        if (copying.get()) {
            return;
        }
        copying.set(true);
        progress.set(-1);
        message.set(Messages.get("settings.team.copying"));
        running = runner.run("copy shortlists to the team database", task -> port.copyToTeam(new CopyToTeam.Progress() {
            @Override
            public void update(int listsDone, int lists, long entriesDone, long entries) {
                task.update(entriesDone, entries, Messages.format("settings.team.copy.progress",
                        Math.min(lists, listsDone + 1), lists, entriesDone, entries));
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }
        }), summary -> done(describe(summary)), failure -> done(failure instanceof ShortlistCopy.Cancelled
                ? Messages.get("settings.team.copy.cancelled") : failure instanceof StoreException e
                ? word.apply(e) : Messages.get("settings.team.copy.failed")), (fraction, text) -> {
                    if (copying.get()) {
                        progress.set(fraction);
                        if (text != null && !text.isEmpty()) {
                            message.set(text);
                        }
                    }
                });
    }

    /** Stops a running copy: the team database keeps nothing of it. */
    public void cancel() {
        if (!copying.get() || running == null) {
            return;
        }
        running.cancel();
        done(Messages.get("settings.team.copy.cancelled"));
    }

    /** Clears the last outcome (the section was loaded again). */
    void clear() {
        if (!copying.get()) {
            message.set("");
        }
    }

    private void done(String text) {
        copying.set(false);
        running = null;
        progress.set(-1);
        message.set(text);
    }

    private static String describe(CopyToTeam.Summary s) {
        if (s.lists() == 0) {
            return Messages.get("settings.team.copy.none");
        }
        return Messages.format("settings.team.copy.done", s.lists(), s.listsCreated(), s.added(), s.alreadyThere(),
                s.filledIn());
    }

    public ReadOnlyBooleanProperty copyingProperty() {
        return copying.getReadOnlyProperty();
    }

    /** The copy's progress or its outcome. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Entries read so far as a fraction, or -1 when not known (not started, or merging). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
