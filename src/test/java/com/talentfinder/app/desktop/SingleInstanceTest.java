package com.talentfinder.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dataFolder;

    @Test
    void secondAcquireSignalsTheFirstAndGetsNothing() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.acquire(dataFolder, activated::countDown).orElseThrow()) {
            Optional<SingleInstance> second = SingleInstance.acquire(dataFolder, () -> { });

            assertThat(second).isEmpty();
            assertThat(activated.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void portFileHoldsTheListeningPortAndIsPrivate() throws Exception {
        try (SingleInstance first = SingleInstance.acquire(dataFolder, () -> { }).orElseThrow()) {
            Path portFile = dataFolder.resolve(SingleInstance.PORT_FILE);
            Properties p = load(portFile);

            assertThat(Integer.parseInt(p.getProperty("port"))).isEqualTo(first.port());
            assertThat(p.getProperty("token")).hasSize(64);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile)))
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void afterCloseTheNextLaunchBecomesTheInstance() {
        SingleInstance.acquire(dataFolder, () -> { }).orElseThrow().close();

        Optional<SingleInstance> next = SingleInstance.acquire(dataFolder, () -> { });

        assertThat(next).isPresent();
        next.get().close();
    }

    @Test
    void closeRemovesThePortFile() {
        SingleInstance.acquire(dataFolder, () -> { }).orElseThrow().close();

        assertThat(dataFolder.resolve(SingleInstance.PORT_FILE)).doesNotExist();
    }

    @Test
    void stalePortFileWithoutALockHolderIsReplaced() throws Exception {
        Files.writeString(dataFolder.resolve(SingleInstance.PORT_FILE), "port=1\ntoken=garbage\n");

        try (SingleInstance instance = SingleInstance.acquire(dataFolder, () -> { }).orElseThrow()) {
            assertThat(load(dataFolder.resolve(SingleInstance.PORT_FILE)).getProperty("port"))
                    .isEqualTo(Integer.toString(instance.port()));
        }
    }

    @Test
    void aWrongTokenIsDeniedAndDoesNotActivate() throws Exception {
        AtomicInteger activations = new AtomicInteger();
        try (SingleInstance first = SingleInstance.acquire(dataFolder, activations::incrementAndGet).orElseThrow();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
            socket.getOutputStream().write("00ff activate\n".getBytes(StandardCharsets.US_ASCII));

            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(reply).isEqualTo("denied");
            assertThat(activations).hasValue(0);
        }
    }

    @Test
    void aSecondProcessSignalsTheFirstAndExitsZero() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.acquire(dataFolder, activated::countDown).orElseThrow()) {
            ChildResult child = runChild("signal");

            assertThat(child.exitCode()).isZero();
            assertThat(child.output()).isEqualTo("empty");
            assertThat(activated.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCrashedInstanceLeavesNoLockBehind() throws Exception {
        ChildResult crashed = runChild("crash");
        assertThat(crashed.output()).isEqualTo("present");
        assertThat(dataFolder.resolve(SingleInstance.PORT_FILE)).exists();

        Optional<SingleInstance> next = SingleInstance.acquire(dataFolder, () -> { });

        assertThat(next).isPresent();
        next.get().close();
    }

    private record ChildResult(int exitCode, String output) {
    }

    private ChildResult runChild(String mode) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(javaBin, "-cp", classPath, SingleInstanceChild.class.getName(),
                dataFolder.toString(), mode).redirectErrorStream(false).start();
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ChildResult(process.exitValue(), out);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
