package com.talentfinder.app.config;

import com.github.javakeyring.Keyring;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The OS credential store through {@code java-keyring}. Each call runs on a daemon thread and is given
 * {@link #TIMEOUT}: a store that hangs (a locked keychain waiting for a password, a D-Bus without a Secret
 * Service) or throws makes this vault unavailable for the rest of the run, and the key file is used instead.
 * Start-up therefore never waits more than a few seconds for it, and never fails because of it.
 */
public final class OsKeyVault implements KeyVault {

    /** {@code TALENT_FINDER_KEYRING=off} keeps the key in the file; {@code on} uses the store for any folder. */
    public static final String ENV_KEYRING = "TALENT_FINDER_KEYRING";
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final String SERVICE = "Talent Finder";
    static final String ACCOUNT = "parse.bot API key";
    static final String TEAM_PASSWORD_ACCOUNT = "team database password";

    private static final System.Logger LOG = System.getLogger(OsKeyVault.class.getName());
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keyring");
        t.setDaemon(true);
        return t;
    });

    private final String account;
    private volatile Keyring keyring;
    private volatile boolean broken;

    private OsKeyVault(String account) {
        this.account = account;
    }

    /**
     * The vault for the environment: the OS store for the default data folder (or when
     * {@code TALENT_FINDER_KEYRING=on}), none when {@code TALENT_FINDER_KEYRING=off} or a
     * {@code TALENT_FINDER_HOME} is set (a portable or test folder keeps its key with it).
     */
    public static KeyVault forEnvironment(Map<String, String> env) {
        return forEnvironment(env, ACCOUNT);
    }

    /** The same rule for another secret kept beside the key (the team database's password). */
    static KeyVault forEnvironment(Map<String, String> env, String baseAccount) {
        String choice = env.getOrDefault(ENV_KEYRING, "").strip().toLowerCase(java.util.Locale.ROOT);
        if (choice.equals("off") || (!choice.equals("on") && !DataFolder.isDefault(env))) {
            return KeyVault.none();
        }
        return new OsKeyVault(DataFolder.isDefault(env) ? baseAccount
                : baseAccount + " (" + DataFolder.resolve(env) + ")");
    }

    @Override
    public boolean available() {
        return keyring() != null;
    }

    @Override
    public Optional<String> read() {
        Keyring k = keyring();
        if (k == null) {
            return Optional.empty();
        }
        String value = call("read", () -> {
            try {
                return k.getPassword(SERVICE, account);
            } catch (com.github.javakeyring.PasswordAccessException e) {
                return ""; // nothing saved yet
            }
        });
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public boolean write(String key) {
        Keyring k = keyring();
        return k != null && call("write", () -> {
            k.setPassword(SERVICE, account, key);
            return Boolean.TRUE;
        }) != null;
    }

    @Override
    public boolean delete() {
        Keyring k = keyring();
        return k != null && call("delete", () -> {
            try {
                k.deletePassword(SERVICE, account);
            } catch (com.github.javakeyring.PasswordAccessException e) {
                // nothing was saved
            }
            return Boolean.TRUE;
        }) != null;
    }

    private Keyring keyring() {
        if (broken) {
            return null;
        }
        if (keyring == null) {
            keyring = call("open", Keyring::create);
        }
        return keyring;
    }

    /** Runs {@code work} within {@link #TIMEOUT}; null (and the vault marked broken) on failure or timeout. */
    private <T> T call(String what, Callable<T> work) {
        if (broken) {
            return null;
        }
        Future<T> f = CALLS.submit(work);
        try {
            return f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            // Never the key or the store's own message (it may echo data): the kind of failure only.
            LOG.log(System.Logger.Level.INFO, "No OS credential store (" + what + ": "
                    + e.getClass().getSimpleName() + "); the API key stays in the private file");
        }
        f.cancel(true);
        broken = true;
        return null;
    }

    /** The OS credential store, or none when its library cannot even load (start-up never fails on it). */
    public static KeyVault orNone(java.util.Map<String, String> env) {
        return orNone(env, ACCOUNT);
    }

    /** The vault of the team database's password: like the key's, under its own name. */
    public static KeyVault teamPasswordOrNone(java.util.Map<String, String> env) {
        return orNone(env, TEAM_PASSWORD_ACCOUNT);
    }

    private static KeyVault orNone(java.util.Map<String, String> env, String account) {
        try {
            return forEnvironment(env, account);
        } catch (LinkageError | RuntimeException e) {
            return KeyVault.none();
        }
    }
}
