package com.talentfinder.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import com.talentfinder.store.ServerLogin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team database's settings model, where it is kept, and the environment-over-settings rule for it. */
class TeamDatabaseSettingsTest {

    @TempDir
    Path dir;

    private static final TeamDatabaseSettings TEAM = new TeamDatabaseSettings("db.example.com", 6543, "talent",
            "dana", TlsMode.VERIFY_FULL);

    @Test
    void settingsMakeAnAddressWithoutThePassword() {
        ServerLogin login = TEAM.login("pw").orElseThrow();

        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.example.com:6543/talent?sslmode=verify-full");
        assertThat(login.user()).isEqualTo("dana");
        assertThat(login.password()).isEqualTo("pw");
        assertThat(login.toString()).doesNotContain("pw");
    }

    @Test
    void noHostMeansNoTeamDatabaseAndBadFieldsAreNamed() {
        assertThat(TeamDatabaseSettings.none().configured()).isFalse();
        assertThat(TeamDatabaseSettings.none().login("x")).isEmpty();
        assertThat(TEAM.withHost("db example/evil").problem()).contains(TeamDatabaseSettings.Problem.BAD_HOST);
        assertThat(TEAM.withPort(70_000).problem()).contains(TeamDatabaseSettings.Problem.BAD_PORT);
        assertThat(TEAM.withDatabase(" ").problem()).contains(TeamDatabaseSettings.Problem.NO_DATABASE);
        assertThat(TEAM.withPort(0).port()).isEqualTo(TeamDatabaseSettings.DEFAULT_PORT);
        assertThat(TEAM.withTls(null).tls()).isEqualTo(TlsMode.REQUIRE);
    }

    @Test
    void theEnvironmentWinsOverSettingsAndThePasswordIsAskedOnlyForSettings() {
        AtomicInteger asked = new AtomicInteger();
        EffectiveSettings env = new EffectiveSettings(Map.of(EffectiveSettings.ENV_DB_URL,
                "jdbc:postgresql://env-host:5432/envdb?user=ed&password=envpw&sslmode=require"));
        EffectiveSettings none = new EffectiveSettings(Map.of());

        ServerLogin fromEnv = env.teamLogin(TEAM, () -> {
            asked.incrementAndGet();
            return Optional.of("saved");
        }).orElseThrow();

        assertThat(env.teamDatabaseFromEnvironment()).isTrue();
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://env-host:5432/envdb?sslmode=require");
        assertThat(fromEnv.password()).isEqualTo("envpw");
        assertThat(asked).hasValue(0);
        assertThat(none.teamLogin(TEAM, () -> Optional.of("saved")).orElseThrow().password()).isEqualTo("saved");
        assertThat(none.teamLogin(TeamDatabaseSettings.none(), Optional::empty)).isEmpty();
    }

    @Test
    void anEnvironmentAddressThatIsNotPostgresIsRefusedWithoutRepeatingIt() {
        EffectiveSettings env = new EffectiveSettings(Map.of(EffectiveSettings.ENV_DB_URL,
                "jdbc:mysql://h/db?password=hunter2"));

        assertThatThrownBy(() -> env.teamLogin(TeamDatabaseSettings.none(), Optional::empty))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void theStoreKeepsThePasswordApartAndPrivate() throws Exception {
        TeamDatabaseStore store = new TeamDatabaseStore(dir, KeyVault.none());

        store.save(TEAM, "s3cret");

        TeamDatabaseStore reread = new TeamDatabaseStore(dir, KeyVault.none());
        assertThat(reread.load()).isEqualTo(TEAM);
        assertThat(reread.password()).contains("s3cret");
        String properties = Files.readString(dir.resolve("team-database.properties"), StandardCharsets.UTF_8);
        assertThat(properties).contains("db.example.com").doesNotContain("s3cret");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("team-database-password")))).isEqualTo("rw-------");
        }

        store.save(TEAM.withUser("erin"), null); // null keeps the saved password
        assertThat(reread.password()).contains("s3cret");
        assertThat(reread.load().user()).isEqualTo("erin");

        store.save(TeamDatabaseSettings.none(), null);
        assertThat(reread.load().configured()).isFalse();
        assertThat(reread.password()).isEmpty();
    }
}
