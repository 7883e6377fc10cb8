package com.talentfinder.app.desktop;

import com.talentfinder.app.config.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * One window per data folder: a second launch brings the first window forward instead of opening a second
 * copy on the same database.
 *
 * <p>The first process holds an exclusive lock on {@code <data folder>/instance.lock} for its lifetime and
 * listens on a loopback port; it writes that port and a random token to {@code instance.port}, readable by
 * the user only. A later process that cannot take the lock sends the token and {@code activate} to the port
 * and should then exit: the first process runs its {@code onActivate} callback (on a background thread).
 * When a process dies, the OS releases its lock, so the next start wins and overwrites the stale port file.
 * The command line does not use this: scripts may run beside the window. The second launch's side (the
 * client) is {@link InstanceSignal}.
 */
public final class SingleInstance implements AutoCloseable {

    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    static final String ACTIVATE = "activate";

    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());
    /** How long a second launch waits for the first to answer before saying so. */
    static final long ANSWER_DEADLINE_MILLIS = 2_000;
    /** Per read on the listener: a local client gets this long for its whole line, not per byte. */
    private static final int SERVE_TIMEOUT_MILLIS = 1_000;
    /** Connections served at once; more are refused, so a flood cannot pile up threads. */
    private static final int MAX_CONCURRENT = 4;

    /**
     * What {@link #acquireOrSignal} found.
     *
     * @param instance this process's instance, or empty when another process holds the data folder
     * @param answered when another process holds it: whether it answered (and came forward) in time
     */
    public record Outcome(Optional<SingleInstance> instance, boolean answered) {
    }

    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(MAX_CONCURRENT);

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;
    private final byte[] token;
    private final Runnable onActivate;
    private volatile boolean closed;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, Path portFile, byte[] token,
                           Runnable onActivate) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
        this.token = token;
        this.onActivate = onActivate;
    }

    /**
     * Becomes the one instance for {@code dataFolder}, or signals the instance that already is.
     *
     * @param onActivate run (on a background thread) each time a later launch asks this instance to come forward
     * @return this process's instance (keep it open while the window runs, {@link #close()} on exit), or empty
     *     when another process already runs on this data folder and was asked to come forward: exit quietly
     */
    public static Optional<SingleInstance> acquire(Path dataFolder, Runnable onActivate) {
        return acquireOrSignal(dataFolder, onActivate).instance();
    }

    /**
     * Like {@link #acquire}, and also tells whether a running instance answered within
     * {@link #ANSWER_DEADLINE_MILLIS}: when it did not, the window says so instead of quitting silently.
     */
    public static Outcome acquireOrSignal(Path dataFolder, Runnable onActivate) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataFolder);
            channel = FileChannel.open(dataFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return new Outcome(Optional.empty(), InstanceSignal.activate(dataFolder.resolve(PORT_FILE)));
            }
            return new Outcome(Optional.of(listen(channel, lock, dataFolder.resolve(PORT_FILE), onActivate)), true);
        } catch (IOException e) {
            // A folder without locks (some network shares) must not stop the app: run unguarded.
            LOG.log(System.Logger.Level.WARNING, "Could not guard against a second instance: " + e.getMessage());
            closeQuietly(channel);
            return new Outcome(Optional.of(new SingleInstance(null, null, null, null, new byte[0], onActivate)), true);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same JVM
        }
    }

    private static SingleInstance listen(FileChannel channel, FileLock lock, Path portFile, Runnable onActivate)
            throws IOException {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            writePortFile(portFile, server.getLocalPort(), token);
        } catch (IOException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(channel, lock, server, portFile, token, onActivate);
        Thread listener = new Thread(instance::serve, "single-instance-listener");
        listener.setDaemon(true);
        listener.start();
        return instance;
    }

    private static void writePortFile(Path portFile, int port, byte[] token) throws IOException {
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("token", HexFormat.of().formatHex(token));
        PrivateFiles.writeAtomically(portFile, out -> p.store(out, "Talent Finder running instance"));
    }

    /**
     * Accepts connections and serves each on its own short-lived thread with a deadline, so a slow or silent
     * local client never holds the listener; beyond {@link #MAX_CONCURRENT} at once, connections are closed.
     */
    private void serve() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.DEBUG, "Single-instance accept failed: " + e.getMessage());
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                closeQuietly(client);
                continue;
            }
            Thread t = new Thread(() -> {
                try (client) {
                    client.setSoTimeout(SERVE_TIMEOUT_MILLIS);
                    handle(client);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Single-instance connection failed: " + e.getMessage());
                } finally {
                    slots.release();
                }
            }, "single-instance-client");
            t.setDaemon(true);
            t.start();
        }
    }

    private void handle(Socket client) throws IOException {
        String line = readLine(client.getInputStream(), System.nanoTime() + SERVE_TIMEOUT_MILLIS * 1_000_000L);
        boolean accepted = false;
        if (line != null) {
            String[] parts = line.strip().split(" ");
            accepted = parts.length == 2 && ACTIVATE.equals(parts[1]) && tokenMatches(parts[0]);
        }
        OutputStream out = client.getOutputStream();
        out.write((accepted ? "ok\n" : "denied\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (accepted) {
            try {
                onActivate.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Bringing the window forward failed: " + e);
            }
        }
    }

    private boolean tokenMatches(String hex) {
        try {
            return MessageDigest.isEqual(token, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads one short line before {@code deadline}; anything longer than a token and a command is refused. */
    private static String readLine(InputStream in, long deadline) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (sb.length() > 200 || System.nanoTime() > deadline) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** The loopback port this instance listens on, or -1 when running unguarded. */
    public int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    /** Stops listening, removes the port file and releases the lock (the next launch then becomes the instance). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(server);
        try {
            if (portFile != null) {
                Files.deleteIfExists(portFile);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not delete " + portFile);
        }
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not release the instance lock");
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // nothing more to do on the way out
        }
    }
}
