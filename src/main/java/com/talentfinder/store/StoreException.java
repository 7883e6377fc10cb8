package com.talentfinder.store;

/** A failure of the local database, with a plain message for the user and a next step. */
public class StoreException extends RuntimeException {

    public StoreException(String plainMessage, Throwable cause) {
        super(plainMessage, cause);
    }

    /** Turns a JDBC failure into a sentence a non-technical user can act on. */
    static StoreException from(String action, java.sql.SQLException e) {
        String text = String.valueOf(e.getMessage());
        String message;
        if (text.contains("SQLITE_FULL") || text.contains("disk is full")) {
            message = "Could not " + action + ": the disk is full. Free some space, then try again; nothing was lost.";
        } else if (text.contains("SQLITE_BUSY") || text.contains("locked")) {
            message = "Could not " + action + ": another Talent Finder window is busy with the same data. "
                    + "Try again in a moment.";
        } else if (text.contains("SQLITE_READONLY") || text.contains("readonly")) {
            message = "Could not " + action + ": the data folder is read-only. Check its permissions.";
        } else if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
            message = "Could not " + action + ": the data file is damaged. A backup is kept beside it in the data folder.";
        } else {
            message = "Could not " + action + " because of a problem with the data file. Try again; if it persists, "
                    + "use Help > Copy diagnostics and send it to support.";
        }
        return new StoreException(message, e);
    }
}
