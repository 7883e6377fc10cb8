package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedPortraitSourceTest {

    private static final String URL = "https://www.upwork.com/profile-portraits/abc";

    @TempDir
    Path folder;

    private final AtomicInteger calls = new AtomicInteger();

    private PortraitSource delegate(int size) {
        return url -> {
            calls.incrementAndGet();
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) url.length());
            bytes[0] = (byte) 0x89;
            return Optional.of(bytes);
        };
    }

    private CachedPortraitSource cache(PortraitSource delegate, long maxBytes) {
        return new CachedPortraitSource(folder, delegate, maxBytes, 8);
    }

    private long folderBytes() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void twoLoadsReachTheDelegateOnce() throws Exception {
        CachedPortraitSource cache = cache(delegate(100), 1_000_000);
        byte[] first = cache.load(URL).orElseThrow();
        byte[] second = cache.load(URL).orElseThrow();
        assertThat(second).isEqualTo(first);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aNewInstanceReadsFromDisk() throws Exception {
        byte[] first = cache(delegate(100), 1_000_000).load(URL).orElseThrow();
        byte[] again = cache(delegate(100), 1_000_000).load(URL).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(calls).hasValue(1);
        assertThat(folder.resolve(CachedPortraitSource.fileNameFor(URL))).exists();
    }

    @Test
    void aCorruptFileIsFetchedAgainAndRepaired() throws Exception {
        byte[] original = cache(delegate(100), 1_000_000).load(URL).orElseThrow();
        Path file = folder.resolve(CachedPortraitSource.fileNameFor(URL));
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 1] ^= 0x55;
        Files.write(file, stored);

        assertThat(cache(delegate(100), 1_000_000).load(URL)).hasValue(original);
        assertThat(calls).hasValue(2);
        assertThat(cache(delegate(100), 1_000_000).load(URL)).hasValue(original);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aTruncatedFileIsFetchedAgain() throws Exception {
        byte[] original = cache(delegate(100), 1_000_000).load(URL).orElseThrow();
        Path file = folder.resolve(CachedPortraitSource.fileNameFor(URL));
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 40));
        assertThat(cache(delegate(100), 1_000_000).load(URL)).hasValue(original);
        assertThat(calls).hasValue(2);
    }

    @Test
    void staysUnderItsSizeBound() throws Exception {
        CachedPortraitSource cache = cache(delegate(1_000), 8_000);
        for (int i = 0; i < 20; i++) {
            assertThat(cache.load(URL + "/" + i)).isPresent();
        }
        assertThat(folderBytes()).isLessThanOrEqualTo(8_000).isPositive();
    }

    @Test
    void anEmptyAnswerIsNotCached() throws Exception {
        CachedPortraitSource cache = cache(url -> {
            calls.incrementAndGet();
            return Optional.empty();
        }, 1_000_000);
        assertThat(cache.load(URL)).isEmpty();
        assertThat(cache.load(URL)).isEmpty();
        assertThat(calls).hasValue(2);
        assertThat(folderBytes()).isZero();
    }

    @Test
    void callersCannotChangeTheCachedImage() throws Exception {
        CachedPortraitSource cache = cache(delegate(100), 1_000_000);
        byte[] first = cache.load(URL).orElseThrow();
        first[5] = 42;
        assertThat(cache.load(URL).orElseThrow()[5]).isNotEqualTo((byte) 42);
    }

    @Test
    void concurrentLoadsOfOneUrlReachTheDelegateOnce() throws Exception {
        PortraitSource slow = url -> {
            calls.incrementAndGet();
            Thread.sleep(50);
            return Optional.of(new byte[] {1, 2, 3});
        };
        CachedPortraitSource cache = cache(slow, 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Optional<byte[]>>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> cache.load(URL)));
            }
            for (Future<Optional<byte[]>> f : results) {
                assertThat(f.get()).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }
}
