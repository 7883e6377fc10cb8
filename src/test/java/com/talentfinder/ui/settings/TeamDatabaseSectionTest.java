package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import com.talentfinder.app.sync.MemberName;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.testing.TeamDatabaseServer;
import com.talentfinder.ui.SyncTaskRunner;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' "Team database" section and "Your name" (issue 16). */
class TeamDatabaseSectionTest {

    @TempDir
    Path home;

    private AppServices services(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        return new AppServices(env, Clock.systemUTC());
    }

    private static SettingsViewModel viewModel(AppServices services) {
        return new SettingsViewModel(SettingsServices.of(services), s -> r -> { throw new AssertionError("no call"); },
                new SyncTaskRunner(), theme -> { });
    }

    private static int closedPort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void testConnectionReachesARunningServerAndSaysWhere() {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        URI uri = URI.create(login.url().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        try (AppServices services = services(Map.of())) {
            TeamDatabaseSection team = viewModel(services).team();
            team.hostProperty().set(uri.getHost());
            team.portProperty().set(Integer.toString(uri.getPort()));
            team.databaseProperty().set(database);
            team.userProperty().set(login.user());
            team.passwordProperty().set(login.password());
            team.tlsProperty().set(TlsMode.DISABLE);

            team.testConnection();

            assertThat(team.testMessageProperty().get()).isEqualTo("Connected to the team database at "
                    + uri.getHost() + ":" + uri.getPort() + "/" + database + ".");
            assertThat(team.testingProperty().get()).isFalse();
            assertThat(team.testFailedProperty().get()).isFalse();
            assertThat(services.team().settings().configured()).isFalse(); // a test saves nothing
        }
    }

    @Test
    void testConnectionToAClosedPortSaysSoPlainlyWithoutThePassword() throws Exception {
        try (AppServices services = services(Map.of())) {
            TeamDatabaseSection team = viewModel(services).team();
            team.hostProperty().set("127.0.0.1");
            team.portProperty().set(Integer.toString(closedPort()));
            team.databaseProperty().set("team");
            team.userProperty().set("dana");
            team.passwordProperty().set("s3cret-pw");
            team.tlsProperty().set(TlsMode.DISABLE);

            team.testConnection();

            assertThat(team.testMessageProperty().get()).isEqualTo("The team database cannot be reached. Check the"
                    + " server and port, and that the server is running.");
            assertThat(team.testMessageProperty().get()).doesNotContain("s3cret-pw");
            assertThat(team.testFailedProperty().get()).isTrue();
        }
    }

    @Test
    void aBadPortIsWordedAndBlocksSave() {
        try (AppServices services = services(Map.of())) {
            SettingsViewModel vm = viewModel(services);
            vm.team().hostProperty().set("db.example.com");
            vm.team().portProperty().set("54x");
            vm.team().databaseProperty().set("talent");

            assertThat(vm.team().errorProperty().get()).startsWith("The port must be a number");
            assertThat(vm.validProperty().get()).isFalse();
            assertThat(vm.save()).isFalse();

            vm.team().portProperty().set("5433");
            vm.team().databaseProperty().set("");
            assertThat(vm.team().errorProperty().get()).isEqualTo("Enter the database's name.");
            vm.team().testConnection();
            assertThat(vm.team().testMessageProperty().get()).isEqualTo("Enter the database's name.");
        }
    }

    @Test
    void saveWritesTheServerThePasswordAndYourName() throws Exception {
        try (AppServices services = services(Map.of())) {
            SettingsViewModel vm = viewModel(services);
            TeamDatabaseSection team = vm.team();
            assertThat(team.noteProperty().get()).contains("Restart Talent Finder to switch");
            team.hostProperty().set("db.example.com");
            team.portProperty().set("5433");
            team.databaseProperty().set("talent");
            team.userProperty().set("dana");
            team.passwordProperty().set("pw-1");
            team.tlsProperty().set(TlsMode.VERIFY_FULL);
            team.memberNameProperty().set("  Dana  Smith ");

            assertThat(vm.save()).isTrue();

            assertThat(services.team().settings()).isEqualTo(
                    new TeamDatabaseSettings("db.example.com", 5433, "talent", "dana", TlsMode.VERIFY_FULL));
            assertThat(Files.readString(home.resolve(MemberName.FILE))).isEqualTo("Dana Smith");
            assertThat(services.team().inForce()).isTrue();
            assertThat(services.team().describe()).hasValueSatisfying(d -> assertThat(d).doesNotContain("pw-1"));
        }
        try (AppServices again = services(Map.of())) {
            SettingsViewModel vm = viewModel(again);
            assertThat(vm.team().hostProperty().get()).isEqualTo("db.example.com");
            assertThat(vm.team().passwordProperty().get()).isEmpty(); // never shown back
            assertThat(vm.team().memberNameProperty().get()).isEqualTo("Dana Smith");
            vm.team().userProperty().set("dana2");
            assertThat(vm.save()).isTrue(); // the saved password is kept
            assertThat(Files.readString(home.resolve("team-database-password")).strip()).isEqualTo("pw-1");
        }
    }

    @Test
    void anAddressFromTheEnvironmentIsShownReadOnlyAndTheCopyGoesThere() {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        try (AppServices services = services(Map.of(EffectiveSettings.ENV_DB_URL,
                TeamDatabaseServer.urlWithLogin(login)))) {
            ShortlistRepository personal = new ShortlistRepository(services.database(), services.clock());
            personal.create("Backend hires");
            SettingsViewModel vm = viewModel(services);
            TeamDatabaseSection team = vm.team();

            assertThat(team.fromEnvironmentProperty().get()).isTrue();
            assertThat(team.noteProperty().get()).contains("TALENT_FINDER_DB_URL")
                    .doesNotContain(String.valueOf(login.password()));
            assertThat(team.inForceProperty().get()).isTrue();
            URI uri = URI.create(login.url().substring("jdbc:".length()));
            assertThat(team.hostProperty().get()).isEqualTo(uri.getHost());
            assertThat(team.portProperty().get()).isEqualTo(Integer.toString(uri.getPort()));
            assertThat(team.userProperty().get()).isEqualTo(login.user());
            assertThat(team.passwordProperty().get()).isEmpty();

            team.copyToTeam();

            assertThat(team.copyMessageProperty().get()).isEqualTo("Copied 1 shortlist to the team database"
                    + " (1 new there): 0 entries added, 0 already there, 0 filled in.");
            assertThat(team.copyingProperty().get()).isFalse();
            assertThat(new ShortlistRepository(services.shortlistDatabase(), services.clock()).findByName("Backend hires"))
                    .isPresent();
            assertThat(vm.save()).isTrue();
            assertThat(services.team().settings().configured()).isFalse(); // nothing from the environment written
        }
    }
}
