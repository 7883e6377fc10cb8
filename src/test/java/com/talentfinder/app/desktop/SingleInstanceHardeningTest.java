package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 7: a slow local client cannot hold the listener; a silent first instance is reported. */
class SingleInstanceHardeningTest {

    @TempDir
    Path dataFolder;

    @Test
    @Timeout(20)
    void slowAndSilentLocalClientsDoNotHoldTheListener() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        List<Socket> hostile = new ArrayList<>();
        try (SingleInstance first = SingleInstance.acquire(dataFolder, activated::countDown).orElseThrow()) {
            for (int i = 0; i < 3; i++) {
                hostile.add(new Socket(InetAddress.getLoopbackAddress(), first.port())); // connects, says nothing
            }
            Socket dribble = new Socket(InetAddress.getLoopbackAddress(), first.port());
            hostile.add(dribble);
            Thread dribbler = new Thread(() -> {
                try {
                    OutputStream out = dribble.getOutputStream();
                    for (int i = 0; i < 20; i++) {
                        out.write('a'); // one byte now and then, never a whole line
                        out.flush();
                        Thread.sleep(300);
                    }
                } catch (Exception e) {
                    // closed by the listener: what we want
                }
            });
            dribbler.setDaemon(true);
            dribbler.start();

            long start = System.nanoTime();
            SingleInstance.Outcome second = SingleInstance.acquireOrSignal(dataFolder, () -> { });

            assertThat(second.instance()).isEmpty();
            assertThat(second.answered()).isTrue();
            assertThat(activated.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(
                    SingleInstance.ANSWER_DEADLINE_MILLIS + 1_000);
        } finally {
            for (Socket s : hostile) {
                s.close();
            }
        }
    }

    @Test
    @Timeout(20)
    void aFirstInstanceThatDoesNotAnswerWithinTwoSecondsIsReported() throws Exception {
        Files.createDirectories(dataFolder);
        try (FileChannel channel = FileChannel.open(dataFolder.resolve(SingleInstance.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock();
             ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Files.writeString(dataFolder.resolve(SingleInstance.PORT_FILE),
                    "port=" + mute.getLocalPort() + "\ntoken=" + "ab".repeat(32) + "\n");

            long start = System.nanoTime();
            SingleInstance.Outcome second = SingleInstance.acquireOrSignal(dataFolder, () -> { });
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(second.instance()).isEmpty();
            assertThat(second.answered()).isFalse();
            assertThat(millis).isBetween(SingleInstance.ANSWER_DEADLINE_MILLIS - 100,
                    SingleInstance.ANSWER_DEADLINE_MILLIS + 1_500);
        }
    }
}
