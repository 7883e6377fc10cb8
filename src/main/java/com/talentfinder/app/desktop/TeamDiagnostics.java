package com.talentfinder.app.desktop;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.team.TeamStore;
import com.talentfinder.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The diagnostics' team line: "Team database: none", or where it is (host:port/database, never a user or password),
 * where that comes from, whether it answers and its schema version. It never connects just to find out: a team
 * database not used yet is "not yet connected".
 */
public final class TeamDiagnostics {

    private TeamDiagnostics() {
    }

    /** The line for the team database of {@code team}; blocks up to the connect timeout when it was in use. */
    public static String line(TeamStore team) {
        if (!team.inForce()) {
            return line(null, null, null, -1);
        }
        String where = team.where().orElse("unknown");
        String from = team.fromEnvironment() ? "from " + EffectiveSettings.ENV_DB_URL : "from Settings";
        Optional<Database> db = team.database();
        if (db.isEmpty() || !db.get().connectedOnce()) {
            return line(where, from, "not yet connected", -1);
        }
        try {
            int version = db.get().read("read the team database's version", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            return line(where, from, "connected", version);
        } catch (RuntimeException e) {
            return line(where, from, "unreachable", -1);
        }
    }

    /** "Team database: none" or "Team database: host:5432/team (from Settings), connected, schema version 9". */
    static String line(String where, String from, String state, int schemaVersion) {
        if (where == null) {
            return "Team database: none";
        }
        return "Team database: " + where + " (" + from + "), " + state + ", schema version "
                + (schemaVersion < 0 ? "unknown" : Integer.toString(schemaVersion));
    }
}
