package com.talentfinder.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The second launch's side of {@link SingleInstance}: reads the running instance's port file and sends it the
 * token and {@code activate}, so the first window comes forward.
 */
final class InstanceSignal {

    private static final System.Logger LOG = System.getLogger(InstanceSignal.class.getName());
    private static final long SIGNAL_RETRY_MILLIS = 200;
    private static final int IO_TIMEOUT_MILLIS = 1_000;

    private InstanceSignal() {
    }

    /**
     * Asks the instance that holds the lock to come forward, trying again for a starting one until
     * {@link SingleInstance#ANSWER_DEADLINE_MILLIS}.
     *
     * @return true when it answered in time
     */
    static boolean activate(Path portFile) {
        long deadline = System.nanoTime() + SingleInstance.ANSWER_DEADLINE_MILLIS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (sendActivate(portFile, deadline)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Instance not answering yet: " + e.getMessage());
            }
            try {
                Thread.sleep(Math.max(1, Math.min(SIGNAL_RETRY_MILLIS, (deadline - System.nanoTime()) / 1_000_000L)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "Talent Finder is already running but did not answer.");
        return false;
    }

    private static boolean sendActivate(Path portFile, long deadline) throws IOException {
        if (!Files.isRegularFile(portFile)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(portFile)) {
            p.load(in);
        }
        int port = Integer.parseInt(p.getProperty("port", "").strip());
        String token = p.getProperty("token", "").strip();
        try (Socket socket = new Socket()) {
            int left = (int) Math.max(1, Math.min(IO_TIMEOUT_MILLIS, (deadline - System.nanoTime()) / 1_000_000L));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), left);
            socket.setSoTimeout(left);
            Writer w = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            w.write(token + " " + SingleInstance.ACTIVATE + "\n");
            w.flush();
            BufferedReader r = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return "ok".equals(r.readLine());
        }
    }
}
