package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.app.desktop.Licenses.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LicensesTest {

    @Test
    void listsEveryDirectDependencyWithItsLicense() {
        assertThat(Licenses.all()).extracting(Library::coordinates).contains(
                "org.openjfx:javafx-controls", "org.controlsfx:controlsfx", "org.kordamp.ikonli:ikonli-javafx",
                "io.github.mkpaz:atlantafx-base", "com.fasterxml.jackson.core:jackson-databind",
                "org.xerial:sqlite-jdbc", "info.picocli:picocli", "org.apache.commons:commons-csv",
                "org.dhatim:fastexcel", "dev.dirs:directories");
        assertThat(Licenses.all()).allSatisfy(lib -> {
            assertThat(lib.license()).isNotBlank();
            assertThat(lib.url()).startsWith("https://");
        });
    }

    @Test
    void licensesMatchWhatTheLibrariesDeclare() {
        assertThat(Licenses.all()).extracting(Library::name, Library::license).contains(
                org.assertj.core.groups.Tuple.tuple("JavaFX", "GPLv2 with Classpath Exception"),
                org.assertj.core.groups.Tuple.tuple("ControlsFX", "BSD 3-Clause"),
                org.assertj.core.groups.Tuple.tuple("AtlantaFX", "MIT"),
                org.assertj.core.groups.Tuple.tuple("directories-jvm", "MPL-2.0"));
    }

    @Test
    void versionsMatchThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        for (Library lib : Licenses.all()) {
            if (lib.coordinates() == null) {
                continue;
            }
            String artifact = lib.coordinates().substring(lib.coordinates().indexOf(':') + 1);
            Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(artifact)
                    + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            if (m.find()) {
                assertThat(lib.version()).as(lib.name()).isEqualTo(resolve(pom, m.group(1)));
            }
        }
    }

    @Test
    void aMalformedLineIsReported() {
        assertThatThrownBy(() -> Licenses.parse(List.of("JavaFX | only two")))
                .hasMessageContaining("Malformed line");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertThat(Licenses.parse(List.of("# header", "", "X | - | 1 | MIT | https://x"))).containsExactly(
                new Library("X", null, "1", "MIT", "https://x"));
    }

    private static String resolve(String pom, String version) {
        Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(version);
        if (!property.matches()) {
            return version;
        }
        Matcher value = Pattern.compile("<" + Pattern.quote(property.group(1)) + ">([^<]+)</").matcher(pom);
        return value.find() ? value.group(1) : version;
    }
}
