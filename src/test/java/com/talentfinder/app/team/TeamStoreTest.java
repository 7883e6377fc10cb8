package com.talentfinder.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.KeyVault;
import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseStore;
import com.talentfinder.app.startup.StartupCheck;
import com.talentfinder.store.Dialect;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import com.talentfinder.testing.TeamDatabaseServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store the shortlists use, and a team database that is away at start. */
class TeamStoreTest {

    @TempDir
    Path home;

    private static int closedPort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void withoutATeamDatabaseShortlistsStayInThePersonalFile() {
        try (AppServices s = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()), Clock.systemUTC())) {
            assertThat(s.team().inForce()).isFalse();
            assertThat(s.shortlistDatabase()).isSameAs(s.database());
            assertThat(s.shortlistDatabase().dialect()).isEqualTo(Dialect.SQLITE);
        }
    }

    @Test
    void theEnvironmentPutsShortlistsOnTheServerAndEverythingElseStaysPersonal() {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        try (AppServices s = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString(),
                EffectiveSettings.ENV_DB_URL, TeamDatabaseServer.urlWithLogin(login)), Clock.systemUTC())) {
            assertThat(s.team().inForce()).isTrue();
            assertThat(s.team().fromEnvironment()).isTrue();
            assertThat(s.shortlistDatabase().dialect()).isEqualTo(Dialect.POSTGRES);
            assertThat(s.database().dialect()).isEqualTo(Dialect.SQLITE);
            new ShortlistRepository(s.shortlistDatabase(), s.clock()).create("On the server");

            assertThat(new ShortlistRepository(s.database(), s.clock()).list()).isEmpty();
            assertThat(new StartupCheck(s).teamDatabase()).isEmpty();
        }
    }

    @Test
    void aServerThatIsAwayAtStartNeverStopsTheStartAndIsReportedApart() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/team?user=dana&password=pw-123";
        try (AppServices s = new AppServices(Map.of("TALENT_FINDER_HOME", home.toString(),
                EffectiveSettings.ENV_DB_URL, url), Clock.systemUTC())) {
            StartupCheck check = new StartupCheck(s);

            assertThat(check.run()).isEmpty(); // the personal data opened: the window opens
            assertThat(check.teamDatabase()).hasValueSatisfying(e -> {
                assertThat(e.problem()).isEqualTo(StoreException.Problem.SERVER_UNREACHABLE);
                assertThat(e.getMessage()).doesNotContain("pw-123");
            });
            assertThatThrownBy(() -> new ShortlistRepository(s.shortlistDatabase(), s.clock()).list())
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).problem())
                    .isEqualTo(StoreException.Problem.SERVER_UNREACHABLE);
            assertThat(s.team().describe()).hasValueSatisfying(d -> assertThat(d).contains("dana")
                    .doesNotContain("pw-123"));
        }
    }

    @Test
    void settingsChoseTheServerAndTheirTestChangesNothing() throws Exception {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        java.net.URI uri = java.net.URI.create(login.url().substring("jdbc:".length()));
        TeamDatabaseSettings chosen = new TeamDatabaseSettings(uri.getHost(), uri.getPort(), uri.getPath().substring(1),
                login.user(), TeamDatabaseSettings.TlsMode.DISABLE);
        TeamStore team = new TeamStore(new EffectiveSettings(Map.of()), new TeamDatabaseStore(home, KeyVault.none()));

        assertThat(TeamStore.check(chosen, null)).isEmpty();
        assertThat(TeamStore.check(chosen.withPort(closedPort()), null)).hasValueSatisfying(
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.SERVER_UNREACHABLE));
        assertThat(team.inForce()).isFalse();
        team.update(chosen, "");
        assertThat(team.inForce()).isTrue();
        assertThat(team.database()).hasValueSatisfying(d -> assertThat(d.dialect()).isEqualTo(Dialect.POSTGRES));
        team.close();
    }
}
