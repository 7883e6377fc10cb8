package com.talentfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.testing.TeamDatabaseServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on the team database (issue 16): two data folders, one PostgreSQL database named by
 * {@code TALENT_FINDER_DB_URL}; what one saves the other lists and exports, and the rows are on the server.
 */
class TeamDatabaseCliTest {

    private static final String PASSWORD = "Team-Secret-77";

    @TempDir
    Path alice;
    @TempDir
    Path bob;
    @TempDir
    Path files;

    private ServerLogin login;
    private String url;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void freshDatabase() {
        ServerLogin fresh = TeamDatabaseServer.shared().freshDatabase();
        // The embedded server trusts loopback logins: the password only has to travel and stay unseen.
        login = new ServerLogin(fresh.url(), fresh.user(), fresh.password() == null ? PASSWORD : fresh.password());
        url = TeamDatabaseServer.urlWithLogin(login);
    }

    private Run run(Path home, boolean team, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("TALENT_FINDER_HOME", home.toString());
        if (team) {
            env.put(EffectiveSettings.ENV_DB_URL, url);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private long rows(String sql) throws Exception {
        try (Connection c = TeamDatabaseServer.connect(login); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void whatOneFolderSavesTheOtherListsAndExportsAndItLivesOnTheServer() throws Exception {
        Run saved = run(alice, true, "search", "react developer", "--per-page", "10", "--shortlist", "Team React");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.err()).contains("Added 10 freelancer(s) to the shortlist 'Team React'.");

        Run listed = run(bob, true, "shortlist", "list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Team React").contains("10 freelancers");

        Path csv = files.resolve("team.csv");
        Run exported = run(bob, true, "shortlist", "export", "team react", "--format", "csv", "--out", csv.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported 10 entries from \"Team React\"");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(11);

        assertThat(rows("SELECT count(*) FROM shortlist WHERE name = 'Team React'")).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM shortlist_entry e JOIN shortlist s ON s.id = e.shortlist_id"
                + " WHERE s.name = 'Team React' AND e.removed_at IS NULL")).isEqualTo(10);
        // Nothing of the team's went to either personal file
        assertThat(run(alice, false, "shortlist", "list").out()).contains("No shortlists yet");
        assertThat(run(bob, false, "shortlist", "list").out()).contains("No shortlists yet");
        for (Run r : new Run[] {saved, listed, exported}) {
            assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void copyToTeamMovesThePersonalListsInOnceAndSaysWhatItDid() throws Exception {
        assertThat(run(alice, false, "search", "react developer", "--per-page", "5", "--shortlist", "Mine").code())
                .isZero();

        Run first = run(alice, true, "shortlist", "copy-to-team");
        Run second = run(alice, true, "shortlist", "copy-to-team");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Copied 1 shortlist to the team database (1 new there): 5 entries added,"
                + " 0 already there");
        assertThat(second.out()).contains("0 entries added, 5 already there");
        assertThat(rows("SELECT count(*) FROM shortlist_entry")).isEqualTo(5);
        assertThat(run(bob, true, "shortlist", "list").out()).contains("Mine").contains("5 freelancers");
    }

    @Test
    void copyToTeamWithoutATeamDatabaseSaysHowToSetOne() {
        Run r = run(alice, false, "shortlist", "copy-to-team");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No team database is set").contains(EffectiveSettings.ENV_DB_URL);
    }

    @Test
    void anUnreachableServerIsOneSentenceWithoutThePassword() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = Map.of("TALENT_FINDER_HOME", alice.toString(), EffectiveSettings.ENV_DB_URL,
                "jdbc:postgresql://127.0.0.1:" + port + "/team?user=dana&password=" + PASSWORD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(new String[] {"shortlist", "list"}, env, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.DATA);
        assertThat(err.toString()).contains("the team database server cannot be reached").doesNotContain(PASSWORD);
        assertThat(out.toString()).doesNotContain(PASSWORD);
        try (var inFolder = Files.walk(alice)) {
            for (Path f : inFolder.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void anAddressThatIsNotPostgresIsNamedWithoutRepeatingIt() {
        Map<String, String> env = Map.of("TALENT_FINDER_HOME", alice.toString(), EffectiveSettings.ENV_DB_URL,
                "jdbc:mysql://db.example/team?user=dana&password=" + PASSWORD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(new String[] {"shortlist", "list"}, env, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.DATA);
        assertThat(err.toString()).contains(EffectiveSettings.ENV_DB_URL + " is not a team database address")
                .doesNotContain(PASSWORD);
    }
}
