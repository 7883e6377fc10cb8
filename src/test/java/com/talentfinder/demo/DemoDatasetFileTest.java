package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoDatasetFileTest {

    private static List<String> json(DemoDataset data) {
        return data.entries().stream().map(e -> e.toJson().toString()).toList();
    }

    private static void assertSame(DemoDataset actual, DemoDataset expected) {
        assertThat(json(actual)).isEqualTo(json(expected));
        for (int i = 0; i < expected.size(); i++) {
            DemoDataset.Entry a = actual.entries().get(i);
            DemoDataset.Entry e = expected.entries().get(i);
            assertThat(List.of(a.ciphertext(), a.name(), a.title(), a.description()))
                    .isEqualTo(List.of(e.ciphertext(), e.name(), e.title(), e.description()));
            assertThat(a.skills()).isEqualTo(e.skills());
            assertThat(a.jobSuccessScore()).isEqualTo(e.jobSuccessScore());
        }
    }

    @Test
    void theBuildShipsTheSharedDatasetAsTheGeneratorMakesIt() {
        // Fails when the build step (exec:java in the compile phase) is missing or writes something else.
        Optional<DemoDataset> shipped = DemoDatasetFile.readResource(DemoDataset.DEFAULT_SEED, DemoDataset.DEFAULT_SIZE);

        assertThat(shipped).isPresent();
        assertSame(shipped.get(), DemoDataset.generate(DemoDataset.DEFAULT_SEED, DemoDataset.DEFAULT_SIZE));
    }

    @Test
    void theResourceIsSmall() {
        assertThat(DemoDatasetFile.class.getResource(DemoDatasetFile.RESOURCE)).isNotNull();
        try (var in = DemoDatasetFile.class.getResourceAsStream(DemoDatasetFile.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(1_500_000);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writeThenReadGivesTheSameRecords() throws IOException {
        DemoDataset data = DemoDataset.generate(42, 200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoDatasetFile.write(data, 42, out);

        Optional<DemoDataset> read = DemoDatasetFile.read(new ByteArrayInputStream(out.toByteArray()), 42, 200);

        assertThat(read).isPresent();
        assertSame(read.get(), data);
    }

    @Test
    void anotherSeedOrSizeIsNotTakenForTheShippedOne() throws IOException {
        DemoDataset data = DemoDataset.generate(42, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoDatasetFile.write(data, 42, out);
        byte[] bytes = out.toByteArray();

        assertThat(DemoDatasetFile.read(new ByteArrayInputStream(bytes), 43, 10)).isEmpty();
        assertThat(DemoDatasetFile.read(new ByteArrayInputStream(bytes), 42, 11)).isEmpty();
    }
}
