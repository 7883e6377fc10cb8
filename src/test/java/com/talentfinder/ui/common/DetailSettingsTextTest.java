package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code uses is in the bundle, every bundle key is used, and all keys are in our namespaces. */
class DetailSettingsTextTest {

    private static final Pattern USE = Pattern.compile("text\\(\\s*\"((?:detail|settings|portrait)\\.[\\w.]+)\"");
    private static final Pattern DYNAMIC = Pattern.compile("\"((?:detail|settings|portrait)\\.[\\w.]+)\"");

    @Test
    void everyUsedKeyExists() throws IOException {
        assertThat(keysUsedInCode()).allSatisfy(key -> assertThat(DetailSettingsText.has(key)).as(key).isTrue());
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> mentioned = keysMentionedInCode();
        assertThat(bundleKeys()).allSatisfy(key -> assertThat(mentioned).as(key).contains(key));
    }

    @Test
    void keysStayInTheirNamespaces() throws IOException {
        assertThat(bundleKeys()).allMatch(k -> k.startsWith("detail.") || k.startsWith("settings.")
                || k.startsWith("portrait."));
    }

    @Test
    void fillsArguments() {
        assertThat(DetailSettingsText.text("settings.test.success", "12")).contains("12 freelancers");
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DetailSettingsText.class.getResourceAsStream("/com/talentfinder/ui/detail-settings.properties")) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> keysUsedInCode() throws IOException {
        return scan(USE);
    }

    private static Set<String> keysMentionedInCode() throws IOException {
        return scan(DYNAMIC);
    }

    private static Set<String> scan(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        Path root = Path.of("src/main/java/com/talentfinder/ui");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
