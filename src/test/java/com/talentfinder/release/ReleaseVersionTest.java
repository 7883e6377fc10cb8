package com.talentfinder.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dry runs of the release workflow's first step, {@code java packaging/ReleaseVersion.java TAG POM}: the same
 * command, on sample poms, exactly as .github/workflows/release.yml runs it (no GitHub, no packaging).
 */
class ReleaseVersionTest {

    private static final Path SCRIPT = Path.of("packaging", "ReleaseVersion.java");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    @Test
    void aSnapshotPomCannotBeReleasedFromTheTag() throws Exception {
        Result r = run("v0.2.0", pom("0.2.0-SNAPSHOT"));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Tag v0.2.0 releases 0.2.0, but pom.xml is still at 0.2.0-SNAPSHOT")
                .contains("set <version>0.2.0</version> in pom.xml");
    }

    @Test
    void aTagNamingThePomsVersionPassesAndPrintsTheVersionForTheNextJobs() throws Exception {
        Result r = run("v0.2.0", pom("0.2.0"));

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("version=0.2.0");
    }

    @Test
    void anotherVersionOrATagWithoutTheVIsRefused() throws Exception {
        Path pom = pom("0.2.0");

        Result other = run("v0.3.0", pom);
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("Tag v0.3.0 does not match pom.xml's version 0.2.0");

        Result bare = run("0.2.0", pom);
        assertThat(bare.exit()).isEqualTo(1);
        assertThat(bare.err()).contains("is not a version tag").contains("v0.2.0");
    }

    @Test
    void versionsTheInstallersCannotCarryAreRefusedBeforeAnyBuild() throws Exception {
        Result suffix = run("v1.0.0-rc1", pom("1.0.0-rc1"));
        assertThat(suffix.exit()).isEqualTo(1);
        assertThat(suffix.err()).contains("installers need three numbers");

        Result tooBig = run("v256.0.0", pom("256.0.0"));
        assertThat(tooBig.exit()).isEqualTo(1);
        assertThat(tooBig.err()).contains("255.255.65535");
    }

    @Test
    void theProjectsOwnPomIsReadNotAParentsOrADependencysVersion() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>p</groupId><artifactId>p</artifactId><version>9.9.9</version></parent>
                  <artifactId>talent-finder</artifactId>
                  <version>0.4.1</version>
                  <dependencies><dependency><groupId>d</groupId><artifactId>d</artifactId><version>7.7.7</version>
                  </dependency></dependencies>
                </project>
                """;
        Path pom = Files.writeString(dir.resolve("pom.xml"), xml, StandardCharsets.UTF_8);

        assertThat(run("v0.4.1", pom).exit()).isZero();
        assertThat(run("v9.9.9", pom).err()).contains("does not match pom.xml's version 0.4.1");
    }

    @Test
    void theReleaseWorkflowRunsThisVeryCheckOnTheTagBeforeBuilding() throws IOException {
        String workflow = Files.readString(Path.of(".github", "workflows", "release.yml"), StandardCharsets.UTF_8);

        assertThat(workflow).contains("java packaging/ReleaseVersion.java \"$GITHUB_REF_NAME\" pom.xml")
                .contains("needs: version");
    }

    private Path pom(String version) throws IOException {
        return Files.writeString(dir.resolve("pom-" + version + ".xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.talentfinder</groupId>
                  <artifactId>talent-finder</artifactId>
                  <version>%s</version>
                </project>
                """.formatted(version), StandardCharsets.UTF_8);
    }

    private static Result run(String tag, Path pom) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), SCRIPT.toString(), tag, pom.toString()).start();
        p.getOutputStream().close();
        // The outputs are a line or two: reading one after the other cannot fill a pipe and block.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the check finishes").isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
