package com.talentfinder.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.app.config.KeyVault;
import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Our API key is shared by the team" (issue 16 point 6): saved with the team database, the environment wins. */
class TeamKeySettingTest {

    private static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/team?user=dana";

    @TempDir
    Path home;

    private TeamStore team(Map<String, String> env) {
        return new TeamStore(new EffectiveSettings(env), new TeamDatabaseStore(home, KeyVault.none()));
    }

    @Test
    void theChoiceIsSavedWithTheTeamDatabaseAndSurvivesItsChanges() throws Exception {
        TeamStore team = team(Map.of());
        team.update(new TeamDatabaseSettings("db.example", 5432, "team", "dana", null), "pw");
        team.saveSharedKey(true);
        assertThat(team.sharesKey()).isTrue();

        team.update(new TeamDatabaseSettings("db2.example", 5433, "team", "dana", null), null);
        TeamStore reopened = team(Map.of());
        assertThat(reopened.sharedKeySaved()).isTrue();
        assertThat(reopened.settings().host()).isEqualTo("db2.example");
        assertThat(reopened.sharesKey()).isTrue();
    }

    @Test
    void withoutATeamDatabaseTheKeyIsNeverShared() throws Exception {
        TeamStore team = team(Map.of());
        team.saveSharedKey(true);

        assertThat(team.sharedKeySaved()).isTrue();
        assertThat(team.sharesKey()).isFalse();
        assertThat(team(Map.of(EffectiveSettings.ENV_TEAM_KEY, "1")).sharesKey()).isFalse();
    }

    @Test
    void theEnvironmentWinsBothWays() throws Exception {
        team(Map.of()).saveSharedKey(true);

        assertThat(team(Map.of(EffectiveSettings.ENV_DB_URL, DB_URL, EffectiveSettings.ENV_TEAM_KEY, "0")).sharesKey())
                .isFalse();
        assertThat(team(Map.of(EffectiveSettings.ENV_DB_URL, DB_URL)).sharesKey()).isTrue();

        team(Map.of()).saveSharedKey(false);
        TeamStore env = team(Map.of(EffectiveSettings.ENV_DB_URL, DB_URL, EffectiveSettings.ENV_TEAM_KEY, "yes"));
        assertThat(env.sharesKey()).isTrue();
        assertThat(env.sharedKeyFromEnvironment()).isTrue();
        assertThat(team(Map.of(EffectiveSettings.ENV_DB_URL, DB_URL, EffectiveSettings.ENV_TEAM_KEY, "maybe"))
                .sharesKey()).isFalse(); // not a yes or no: Settings decide
    }
}
