package com.talentfinder.app.sync;

import java.io.IOException;
import java.sql.SQLException;

/** Tells a lost or refused connection to the database server apart from every other failure. */
public final class Unreachable {

    private Unreachable() {
    }

    /**
     * True when {@code failure} (or a cause) says the server could not be reached or the connection broke:
     * a socket error, or an SQL state of class 08 (connection exception) or 57P01–57P03 (server shutting down,
     * cannot connect now).
     */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.talentfinder.store.StoreException se
                    && se.problem() == com.talentfinder.store.StoreException.Problem.SERVER_UNREACHABLE) {
                return true;
            }
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
