package com.talentfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiKey;
import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.app.credits.KeyFingerprint;
import com.talentfinder.app.sync.MemberName;
import com.talentfinder.cli.CreditsCommand;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.TeamDatabaseServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The app's own chain with a team key on a real PostgreSQL team database (issue 16 point 6): a real call is
 * counted in the team's ledger under the key's fingerprint, the meter and {@code credits} show the team's month;
 * without {@code TALENT_FINDER_TEAM_KEY} the credits stay personal.
 */
class TeamCreditsWiringTest {

    private static final String KEY = "sk-wiring-team-key-31337";

    @TempDir
    Path home;

    private Map<String, String> env(StubApiServer server, ServerLogin team, String teamKey) {
        Map<String, String> env = new HashMap<>(Map.of("TALENT_FINDER_HOME", home.toString(), "PARSE_API_KEY", KEY,
                "TALENT_FINDER_API_URL", server.baseUrl().toString(),
                "TALENT_FINDER_DB_URL", TeamDatabaseServer.urlWithLogin(team)));
        if (teamKey != null) {
            env.put("TALENT_FINDER_TEAM_KEY", teamKey);
        }
        return env;
    }

    private static void enqueuePage(StubApiServer server) {
        server.enqueue(StubApiServer.Response.ok(ApiFixtures.page(1, 10, 4321, 433,
                List.of(ApiFixtures.SAMPLE_FREELANCER))));
    }

    @Test
    void aRealCallCountsOnTheTeamsMeterUnderTheKeysFingerprint() throws Exception {
        ServerLogin team = TeamDatabaseServer.shared().freshDatabase();
        String fp = KeyFingerprint.of(ApiKey.ofNullable(KEY));
        try (StubApiServer server = StubApiServer.start();
             AppServices services = new AppServices(env(server, team, "1"), Clock.systemUTC())) {
            try (Connection c = TeamDatabaseServer.connect(team); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO team_api_calls VALUES (?, 'Dana', 1, ?, 200), (?, 'Dana', 2, ?, 200)")) {
                services.creditMeter().status(); // migrates the team database
                long now = System.currentTimeMillis();
                ps.setString(1, fp);
                ps.setLong(2, now);
                ps.setString(3, fp);
                ps.setLong(4, now);
                ps.executeUpdate();
            }
            enqueuePage(server);
            services.mode().source().search(new SearchRequest("react", 1, 10));
            assertThat(server.requestCount()).isEqualTo(1);

            String you = MemberName.current(home);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (teamRows(team, fp) < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50); // sent by the background thread
            }
            assertThat(teamRows(team, fp)).isEqualTo(3);
            assertThat(allText(team)).doesNotContain(KEY);

            CreditStatus s = services.creditMeter().status();
            assertThat(s.scope()).isEqualTo(CreditStatus.Scope.TEAM);
            assertThat(s.used()).isEqualTo(3);
            assertThat(s.members()).containsExactly(new CreditStatus.MemberCredits("Dana", 2, false),
                    new CreditStatus.MemberCredits(you, 1, true));

            StringWriter out = new StringWriter();
            new CommandLine(new CreditsCommand(services)).setOut(new PrintWriter(out)).execute();
            assertThat(out.toString()).startsWith("Team credits this month: 3 of ")
                    .contains("Who spent what: Dana 2 · you 1");
        }
    }

    @Test
    void withoutTheTeamKeyCreditsStayPersonal() throws Exception {
        ServerLogin team = TeamDatabaseServer.shared().freshDatabase();
        try (StubApiServer server = StubApiServer.start();
             AppServices services = new AppServices(env(server, team, null), Clock.systemUTC())) {
            enqueuePage(server);
            services.mode().source().search(new SearchRequest("react", 1, 10));

            CreditStatus s = services.creditMeter().status();
            assertThat(s.scope()).isEqualTo(CreditStatus.Scope.PERSONAL);
            assertThat(s.used()).isEqualTo(1);
            Thread.sleep(300);
            assertThat(teamRows(team, KeyFingerprint.of(ApiKey.ofNullable(KEY)))).isZero();
        }
    }

    private static int teamRows(ServerLogin team, String fp) throws Exception {
        try (Connection c = TeamDatabaseServer.connect(team);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM team_api_calls WHERE key_fingerprint = ?")) {
            ps.setString(1, fp);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        } catch (java.sql.SQLException e) {
            return 0; // not migrated yet
        }
    }

    private static String allText(ServerLogin team) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = TeamDatabaseServer.connect(team); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key_fingerprint, member FROM team_api_calls"
                     + " UNION ALL SELECT api_url, coalesce(key_fingerprint, '') FROM api_calls")) {
            while (rs.next()) {
                all.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
            }
        }
        return all.toString();
    }
}
