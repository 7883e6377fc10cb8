package com.talentfinder.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.talentfinder.api.ApiKey;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.Plan;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 5: private data folder, Local AppData move, the key in the OS store with a file fallback. */
class PrivateByDefaultTest {

    @TempDir
    Path dir;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderAndTheAppsFilesAreReadableByTheUserOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path home = dir.resolve("new-home");
        try (AppServices s = new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()), Clock.systemUTC())) {
            s.database();
        }
        Path backup = Files.writeString(home.resolve("talent-finder.db.before-v5-20260101-000000.bak"), "b");
        Files.createDirectories(home.resolve("logs"));
        Path log = Files.writeString(home.resolve("logs/talent-finder-0.log"), "log");
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        Path foreign = Files.writeString(home.resolve("someone-elses.txt"), "x");
        Files.setPosixFilePermissions(foreign, PosixFilePermissions.fromString("rw-r--r--"));

        try (AppServices again = new AppServices(Map.of(DataFolder.ENV_HOME, home.toString()), Clock.systemUTC())) {
            assertThat(again.dataFolder()).isEqualTo(home);
        }

        assertThat(perms(home)).isEqualTo("rwx------");
        assertThat(perms(home.resolve("talent-finder.db"))).isEqualTo("rw-------");
        assertThat(perms(backup)).isEqualTo("rw-------");
        assertThat(perms(home.resolve("logs"))).isEqualTo("rwx------");
        assertThat(perms(log)).isEqualTo("rw-------");
        assertThat(perms(foreign)).isEqualTo("rw-r--r--"); // not ours: left alone
    }

    @Test
    void roamingDataMovesToLocalOnce() throws Exception {
        Path roaming = dir.resolve("Roaming/Talent Finder/data");
        Path local = dir.resolve("Local/Talent Finder/data");
        Files.createDirectories(roaming);
        Files.writeString(roaming.resolve("talent-finder.db"), "db");

        assertThat(DataFolder.moveOnce(roaming, local)).isEqualTo(local);
        assertThat(local.resolve("talent-finder.db")).hasContent("db");
        assertThat(roaming).doesNotExist();

        Files.createDirectories(roaming);
        Files.writeString(roaming.resolve("talent-finder.db"), "older");
        assertThat(DataFolder.moveOnce(roaming, local)).isEqualTo(local);
        assertThat(local.resolve("talent-finder.db")).hasContent("db"); // once: never over newer data
    }

    /** An in-memory credential store. */
    private static final class MemoryVault implements KeyVault {
        final AtomicReference<String> saved = new AtomicReference<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Optional<String> read() {
            return Optional.ofNullable(saved.get());
        }

        @Override
        public boolean write(String key) {
            saved.set(key);
            return true;
        }

        @Override
        public boolean delete() {
            saved.set(null);
            return true;
        }
    }

    private final Settings withKey = new Settings(ApiKey.ofNullable("secret-key-9"), null, Plan.FREE, "light",
            Duration.ofHours(24));

    @Test
    void anExistingKeyFileMovesIntoTheCredentialStore() throws Exception {
        new SettingsStore(dir).save(withKey);
        assertThat(dir.resolve("api-key")).exists();
        MemoryVault vault = new MemoryVault();

        Settings loaded = new SettingsStore(dir, vault).load();

        assertThat(loaded.apiKey()).isEqualTo(withKey.apiKey());
        assertThat(vault.saved.get()).isEqualTo("secret-key-9");
        assertThat(dir.resolve("api-key")).doesNotExist();
        assertThat(new SettingsStore(dir, vault).load().apiKey()).isEqualTo(withKey.apiKey());
    }

    @Test
    void withACredentialStoreNoKeyFileIsWritten() throws Exception {
        MemoryVault vault = new MemoryVault();
        new SettingsStore(dir, vault).save(withKey);
        assertThat(dir.resolve("api-key")).doesNotExist();
        new SettingsStore(dir, vault).save(withKey.withApiKey(null));
        assertThat(vault.saved.get()).isNull();
    }

    @Test
    @Timeout(20)
    void withoutASecretServiceTheRealVaultFallsBackToThePrivateFileQuickly() throws Exception {
        // This machine (headless Linux, no Secret Service on D-Bus) is the case the fallback is for.
        assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"));
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null);
        KeyVault real = OsKeyVault.forEnvironment(Map.of(OsKeyVault.ENV_KEYRING, "on",
                DataFolder.ENV_HOME, dir.toString()));
        long start = System.nanoTime();
        assertThat(real.available()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(OsKeyVault.TIMEOUT.toMillis() + 1_000);

        SettingsStore store = new SettingsStore(dir, real);
        store.save(withKey);
        assertThat(store.load().apiKey()).isEqualTo(withKey.apiKey());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(perms(dir.resolve("api-key"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aTestOrPortableFolderKeepsItsKeyInTheFile() {
        KeyVault v = OsKeyVault.forEnvironment(Map.of(DataFolder.ENV_HOME, dir.toString()));
        assertThat(v.available()).isFalse();
    }
}
