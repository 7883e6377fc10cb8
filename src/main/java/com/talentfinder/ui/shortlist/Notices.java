package com.talentfinder.ui.shortlist;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The shortlist screens' notification bar ("snackbar"): one short message at a time, optionally with an Undo.
 * The view shows the current notice and dismisses it after {@link #SHOW_SECONDS}; holds no nodes.
 */
public final class Notices {

    /** How long a notice stays, in seconds. */
    public static final int SHOW_SECONDS = 10;

    /**
     * One notice.
     *
     * @param message plain text
     * @param undo    what Undo does, or null when there is nothing to undo
     */
    public record Notice(String message, Runnable undo) {
        public boolean canUndo() {
            return undo != null;
        }
    }

    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>();

    // Commands //

    public void show(String message) {
        current.set(new Notice(message, null));
    }

    public void show(String message, Runnable undo) {
        current.set(new Notice(message, undo));
    }

    /** Runs the current notice's undo (once) and hides it. */
    public void undo() {
        Notice n = current.get();
        current.set(null);
        if (n != null && n.undo() != null) {
            n.undo().run();
        }
    }

    public void dismiss() {
        current.set(null);
    }

    /** Hides {@code notice} only if it is still the one shown (a timer's dismissal of an old notice). */
    public void dismiss(Notice notice) {
        if (current.get() == notice) {
            current.set(null);
        }
    }

    // Properties //

    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
