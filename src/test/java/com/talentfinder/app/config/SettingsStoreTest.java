package com.talentfinder.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.talentfinder.api.ApiKey;
import com.talentfinder.domain.Plan;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path folder;

    private final Settings full = new Settings(ApiKey.ofNullable("secret-key-1"), "https://example.test/scraper/x",
            Plan.DEVELOPER, "dark", Duration.ofHours(6));

    @Test
    void roundTripsEveryField() throws Exception {
        new SettingsStore(folder).save(full);
        assertThat(new SettingsStore(folder).load()).isEqualTo(full);
    }

    @Test
    void keyFileIsReadableByTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        new SettingsStore(folder).save(full);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("api-key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theKeyIsNotInTheSettingsFile() throws Exception {
        new SettingsStore(folder).save(full);
        assertThat(Files.readString(folder.resolve("settings.properties"))).doesNotContain("secret-key-1");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        store.save(full);
        store.save(full.withTheme("light"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("settings.properties", "api-key");
        }
    }

    @Test
    void removingTheKeyDeletesItsFile() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        store.save(full);
        store.save(full.withApiKey(null));
        assertThat(folder.resolve("api-key")).doesNotExist();
        assertThat(store.load().apiKey()).isNull();
    }

    @Test
    void aDamagedFileGivesDefaults() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "cache.ttl.hours=many\nplan=gold\n");
        Settings loaded = new SettingsStore(folder).load();
        assertThat(loaded.plan()).isEqualTo(Plan.FREE);
        assertThat(loaded.cacheTtl()).isEqualTo(Settings.DEFAULT_CACHE_TTL);
    }
}
