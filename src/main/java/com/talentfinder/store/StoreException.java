package com.talentfinder.store;

/** A failure of the local database or the team database, with a plain message for the user and a next step. */
public class StoreException extends RuntimeException {

    /** What kind of problem it is, so start-up can offer the right choices. */
    public enum Problem {
        /** Not a database, or damaged inside. */
        DAMAGED,
        /** Written by a newer version of the app. */
        NEWER_VERSION,
        DISK_FULL,
        READ_ONLY,
        /** Another program holds the database's lock. */
        LOCKED,
        /** The data folder cannot be created or used. */
        FOLDER,
        /** The team database server cannot be reached (address, network, server down). */
        SERVER_UNREACHABLE,
        /** The team database server refused the login, the database name or the permission. */
        SERVER_REFUSED,
        OTHER
    }

    private final Problem problem;

    public StoreException(String plainMessage, Throwable cause) {
        this(Problem.OTHER, plainMessage, cause);
    }

    public StoreException(Problem problem, String plainMessage, Throwable cause) {
        super(plainMessage, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Turns a JDBC failure into a sentence a non-technical user can act on. */
    static StoreException from(String action, java.sql.SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.length() == 5 && !e.getClass().getName().startsWith("org.sqlite")) {
            StoreException server = fromServer(action, state, e);
            if (server != null) {
                return server;
            }
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("SQLITE_FULL") || text.contains("disk is full")) {
            return new StoreException(Problem.DISK_FULL, "Could not " + action
                    + ": the disk is full. Free some space, then try again; nothing was lost.", e);
        } else if (text.contains("SQLITE_BUSY") || text.contains("locked")) {
            return new StoreException(Problem.LOCKED, "Could not " + action
                    + ": another program is busy with the same data. Try again in a moment.", e);
        } else if (text.contains("SQLITE_READONLY") || text.contains("readonly")
                || text.contains("SQLITE_CANTOPEN") || text.contains("unable to open")) {
            return new StoreException(Problem.READ_ONLY, "Could not " + action
                    + ": the data folder cannot be written. Check its permissions and free space.", e);
        } else if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")
                || text.contains("malformed") || text.contains("not a database")) {
            return new StoreException(Problem.DAMAGED, "Could not " + action
                    + ": the data file is damaged. Nothing was deleted; open the Talent Finder window to set it "
                    + "aside and start again.", e);
        }
        return new StoreException(Problem.OTHER, "Could not " + action
                + " because of a problem with the data file. Try again; if it persists, "
                + "use Help > Copy diagnostics and send it to support.", e);
    }

    /** A PostgreSQL failure by its SQLSTATE class; null when the generic wording fits. */
    private static StoreException fromServer(String action, String state, java.sql.SQLException e) {
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return new StoreException(Problem.SERVER_UNREACHABLE, "Could not " + action
                    + ": the team database server cannot be reached. Check the network and the server's address in "
                    + "Settings > Team database, then try again; your personal data is not affected.", e);
        } else if (state.startsWith("28") || state.equals("3D000") || state.equals("42501")) {
            return new StoreException(Problem.SERVER_REFUSED, "Could not " + action
                    + ": the team database server refused the user, password or database name. Check them in "
                    + "Settings > Team database (or TALENT_FINDER_DB_URL), then try again.", e);
        } else if (state.startsWith("40") || state.equals("55P03")) {
            return new StoreException(Problem.LOCKED, "Could not " + action
                    + ": someone else was changing the same data at that moment. Try again.", e);
        } else if (state.equals("53100")) {
            return new StoreException(Problem.DISK_FULL, "Could not " + action
                    + ": the team database server is out of disk space. Ask its administrator; nothing was lost.", e);
        } else if (state.equals("25006")) {
            return new StoreException(Problem.READ_ONLY, "Could not " + action
                    + ": the team database is read-only for now. Ask its administrator.", e);
        }
        return null;
    }
}
