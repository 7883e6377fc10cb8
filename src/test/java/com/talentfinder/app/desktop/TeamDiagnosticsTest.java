package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help › Copy diagnostics says where the team database is and how it is, never its password. */
class TeamDiagnosticsTest {

    private static final String PASSWORD = "Tr0ub4dor-and-3";

    @TempDir
    Path home;

    private AppServices services(String dbUrl) {
        Map<String, String> env = dbUrl == null ? Map.of("TALENT_FINDER_HOME", home.toString())
                : Map.of("TALENT_FINDER_HOME", home.toString(), EffectiveSettings.ENV_DB_URL, dbUrl);
        return new AppServices(env, Clock.systemUTC());
    }

    @Test
    void noTeamDatabaseSaysNone() {
        try (AppServices services = services(null)) {
            assertThat(Diagnostics.collect(services, "21")).contains("\nTeam database: none\n");
        }
    }

    @Test
    void aTeamDatabaseNotUsedYetIsNamedWithoutItsPasswordAndNotConnectedTo() {
        String url = "jdbc:postgresql://db.example.com:5433/team?user=dana&password=" + PASSWORD + "&sslmode=require";
        try (AppServices services = services(url)) {
            String text = Diagnostics.collect(services, "21");

            assertThat(text).contains("Team database: db.example.com:5433/team (from TALENT_FINDER_DB_URL), not yet"
                    + " connected, schema version unknown");
            assertThat(text).doesNotContain(PASSWORD).doesNotContain("password=").doesNotContain("dana");
        }
    }

    @Test
    void aConnectedTeamDatabaseGivesItsSchemaVersionAndAStoppedOneIsUnreachable() {
        try (TeamDatabaseServer own = TeamDatabaseServer.startOwn()) {
            ServerLogin login = own.freshDatabase();
            String url = TeamDatabaseServer.urlWithLogin(login);
            try (AppServices services = services(url)) {
                services.team().check().ifPresent(e -> {
                    throw e;
                });
                String where = login.where();

                assertThat(Diagnostics.collect(services, "21")).containsPattern("Team database: "
                        + java.util.regex.Pattern.quote(where) + " \\(from TALENT_FINDER_DB_URL\\), connected, schema"
                        + " version [1-9][0-9]*\n");
                own.stop();
                String away = Diagnostics.collect(services, "21");
                assertThat(away).contains("Team database: " + where + " (from TALENT_FINDER_DB_URL), unreachable");
                if (login.password() != null) {
                    assertThat(away).doesNotContain(login.password());
                }
            }
        }
    }
}
