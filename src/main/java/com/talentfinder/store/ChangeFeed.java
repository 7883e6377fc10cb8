package com.talentfinder.store;

/**
 * Tells when someone else (another window, process or team member) committed a change to the database, so an
 * open screen reads again, and when the database went away and came back. Runs on its own thread with its own
 * connection; the listener is called there, never on the UI thread. {@link #close()} stops it.
 */
public interface ChangeFeed extends AutoCloseable {

    /** Hears the feed, on the feed's thread. */
    @FunctionalInterface
    interface Listener {
        /** Something was committed by another connection: read again what is shown. */
        void changed();

        /** The database cannot be reached; the feed keeps trying to reconnect. */
        default void lost() {
        }

        /** The database answers again after {@link #lost()} (changes made meanwhile may have been missed). */
        default void back() {
        }
    }

    @Override
    void close();
}
