package com.talentfinder.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.config.EffectiveSettings;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.testing.TeamAppDriver;
import com.talentfinder.testing.TeamDatabaseServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 acceptance: two app processes, each with its own data folder, both on one PostgreSQL database, edit
 * the same list at the same time. Each child runs {@link TeamAppDriver} (the real composition root and the
 * shortlist ViewModels, no window); this test drives both over stdin/stdout.
 */
class TwoAppProcessesOnPostgresTest {

    /** The acceptance number: someone else's change is visible within this many milliseconds. */
    private static final long VISIBLE_WITHIN_MS = 2000;
    private static final long ANSWER_TIMEOUT_S = 30;

    @TempDir
    Path dir;

    private final List<App> apps = new ArrayList<>();

    /** One child app: its process, its commands in, its answers out (read on their own thread). */
    private static final class App {
        final String name;
        final Process process;
        final PrintWriter in;
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

        App(String name, Process process) {
            this.name = name;
            this.process = process;
            this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        answers.add(line);
                    }
                } catch (IOException e) {
                    answers.add("err closed");
                }
            }, "answers-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        void send(String command) {
            in.println(command);
        }

        /** The next answer; fails the test when it is an error or does not come. */
        String answer() throws InterruptedException {
            String a = answers.poll(ANSWER_TIMEOUT_S, TimeUnit.SECONDS);
            assertThat(a).as(name + " answered").isNotNull();
            assertThat(a).as(name + "'s answer").startsWith("ok");
            return a;
        }

        String ask(String command) throws InterruptedException {
            send(command);
            return answer();
        }
    }

    private App start(String member, String dbUrl) throws IOException {
        Path home = Files.createDirectories(dir.resolve(member.toLowerCase()));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), TeamAppDriver.class.getName());
        Map<String, String> env = pb.environment();
        env.put("TALENT_FINDER_HOME", home.toString());
        env.put(EffectiveSettings.ENV_DB_URL, dbUrl);
        env.put(MemberName.ENV, member);
        env.put("PARSE_API_KEY", "");
        pb.redirectError(dir.resolve(member + ".err").toFile());
        App app = new App(member, pb.start());
        apps.add(app);
        return app;
    }

    @AfterEach
    void stopChildren() throws Exception {
        for (App app : apps) {
            app.process.destroyForcibly();
        }
        for (App app : apps) {
            app.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long millisIn(String answer) {
        return Long.parseLong(answer.split(" ")[1]);
    }

    @Test
    void twoAppProcessesEditOneListNoEditLostSameFieldConflictToTheSecondWriterSeenWithinTwoSeconds()
            throws Exception {
        ServerLogin login = TeamDatabaseServer.shared().freshDatabase();
        String url = TeamDatabaseServer.urlWithLogin(login);
        App ana = start("Ana", url);
        App ben = start("Ben", url);
        assertThat(ana.answer()).isEqualTo("ok ready Ana");
        assertThat(ben.answer()).isEqualTo("ok ready Ben");
        String id = TestFreelancers.numbered(1).id();
        ana.ask("create Backend 2");
        ana.ask("open Backend " + id);
        ben.ask("open Backend " + id);

        // 1. different fields at the same time: both kept, in both apps
        ana.send("set status CONTACTED");
        ben.send("set tags sql, remote");
        ana.answer();
        ben.answer();
        assertThat(ana.ask("await tags remote,sql 5000")).endsWith("CONTACTED||remote,sql");
        assertThat(ben.ask("await status CONTACTED 5000")).endsWith("CONTACTED||remote,sql");
        assertThat(ana.ask("conflicts?")).isEqualTo("ok 0");
        assertThat(ben.ask("conflicts?")).isEqualTo("ok 0");

        // 2. Ana's change reaches Ben's app within 2 s (from Ana's save answer to Ben's app showing it)
        ben.send("await status INTERVIEWING 10000");
        long saved = millisIn(ana.ask("set status INTERVIEWING"));
        long seen = millisIn(ben.answer());
        System.out.println("Ben's app showed Ana's change " + (seen - saved) + " ms after her save answered");
        assertThat(seen - saved).as("ms until Ben's app shows Ana's change").isLessThanOrEqualTo(VISIBLE_WITHIN_MS);

        // 3. the same field: Ben types notes while Ana saves hers; Ben, the second writer, is asked, with both
        ben.ask("type notes Ben: call on Monday");
        ana.ask("set notes Ana: call on Tuesday");
        ben.ask("await notes Ana: call on Tuesday 5000");
        ben.ask("commit notes");
        String asked = ben.ask("conflicts?");
        assertThat(asked).startsWith("ok 1 ").contains("Ana", "Ben: call on Monday", "Ana: call on Tuesday");
        assertThat(ana.ask("conflicts?")).isEqualTo("ok 0");
        assertThat(ana.ask("show")).isEqualTo("ok INTERVIEWING|Ana: call on Tuesday|remote,sql");
        assertThat(ben.ask("show")).isEqualTo("ok INTERVIEWING|Ana: call on Tuesday|remote,sql");

        ana.send("quit");
        ben.send("quit");
        assertThat(ana.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ben.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
}
