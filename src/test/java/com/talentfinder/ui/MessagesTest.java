package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundle and the code agree: every key the code names exists, every key is used, placeholders match. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/talentfinder/ui");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:main|search|results|filters|error|pager|shortlist|compare|export|help|detail|settings|portrait|value|badge)\\.[A-Za-z0-9._]+)\"");
    private static final Pattern FORMAT_CALL = Pattern.compile("Messages\\.format\\(\\s*\"([^\"]+)\"");
    private static final Pattern GET_CALL = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private static Properties bundle;
    private static String code;

    @BeforeAll
    static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/com/talentfinder/ui/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        code = sb.toString();
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // java.util.Properties silently keeps the last of two equal keys, hiding the first text.
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/com/talentfinder/ui/messages.properties")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.contains("=")) {
                    String key = t.substring(0, t.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyNamedInCodeIsInTheBundle() {
        Set<String> used = matches(KEY_LITERAL);
        used.removeIf(k -> k.endsWith(".css"));

        assertThat(bundle.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyOfOursInTheBundleIsUsed() {
        Set<String> ours = new HashSet<>(bundle.stringPropertyNames());
        ours.removeIf(k -> !KEY_LITERAL.matcher("\"" + k + "\"").matches());

        assertThat(matches(KEY_LITERAL)).containsAll(ours);
    }

    @Test
    void everyValueIsNonBlankAndAValidMessageFormat() {
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            assertThat(value).as(key).isNotBlank();
            new MessageFormat(value);
        }
    }

    @Test
    void formattedKeysHavePlaceholdersAndPlainKeysHaveNone() {
        for (String key : matches(FORMAT_CALL)) {
            assertThat(bundle.getProperty(key)).as(key).containsPattern(PLACEHOLDER);
        }
        for (String key : matches(GET_CALL)) {
            assertThat(bundle.getProperty(key)).as(key).doesNotContainPattern(PLACEHOLDER);
        }
    }

    @Test
    void fillsArgumentsAndKeepsApostrophes() {
        assertThat(Messages.format("settings.test.success", "12")).contains("12 freelancers");
        assertThat(Messages.get("detail.open.failed")).startsWith("Couldn't open").doesNotContain("''");
    }

    @Test
    void everyBadgeHasItsWords() {
        for (com.talentfinder.domain.Badge b : com.talentfinder.domain.Badge.values()) {
            assertThat(bundle.getProperty("badge." + b.code())).as(b.code()).isNotBlank();
        }
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("[no.such.key]");
    }
}
