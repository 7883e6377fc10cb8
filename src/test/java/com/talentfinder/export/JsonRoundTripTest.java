package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.EntrySort;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private ShortlistRepository source;
    private ShortlistRepository target;
    private Shortlist list;
    private Path file;

    @BeforeEach
    void exportAList() throws Exception {
        source = new ShortlistRepository(Database.open(dir.resolve("a.db")), clock);
        target = new ShortlistRepository(Database.open(dir.resolve("b.db")), clock);
        list = source.create("Q3 backend");
        source.add(list.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2),
                TestFreelancers.numbered(3), Rows.hostile()));
        String one = TestFreelancers.numbered(1).id();
        source.setStatus(list.id(), List.of(one), EntryStatus.INTERVIEWING);
        source.setRating(list.id(), one, 4);
        source.setNotes(list.id(), one, "Strong; \"quotes\" and\nnew lines");
        source.setTags(list.id(), one, List.of("senior", "remote"));
        file = dir.resolve("q3.json");
        ShortlistExporter.exportShortlist(list.name(),
                sink -> source.forEachEntry(list.id(), EntryQuery.all(), sink), ExportFormat.JSON,
                ExportColumn.forShortlist(), file, clock);
    }

    private List<ShortlistEntry> entries(ShortlistRepository repo, String name) {
        Shortlist l = repo.findByName(name).orElseThrow();
        return repo.entries(l.id(), EntryQuery.all().sortedBy(EntrySort.NAME, true));
    }

    @Test
    void writesTheFormatMarkerNameAndEntryFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(root.path("format").asText()).isEqualTo("talent-finder-shortlist");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("name").asText()).isEqualTo("Q3 backend");
        assertThat(root.path("exported_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(root.path("entries")).hasSize(4);
        JsonNode first = root.path("entries").get(0);
        assertThat(first.has("status") && first.has("rating") && first.has("notes") && first.has("tags")
                && first.has("saved_at") && first.has("profile_url") && first.has("skills")).isTrue();
    }

    @Test
    void neverWritesHiddenValues() throws Exception {
        String json = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("123456").doesNotContain(": 97");
    }

    @Test
    void importedListHasTheSameEntries() {
        ShortlistImporter.Summary s = new ShortlistImporter(target, clock).importFile(file);

        assertThat(s).usingRecursiveComparison().ignoringFields("undo")
                .isEqualTo(new ShortlistImporter.Summary("Q3 backend", true, 4, 0, 0, 0, 0, null));
        List<ShortlistEntry> before = entries(source, "Q3 backend");
        List<ShortlistEntry> after = entries(target, "Q3 backend");
        assertThat(after).usingRecursiveComparison().ignoringFields("shortlistId")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(before);
        assertThat(after).filteredOn(e -> e.rating() == 4).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EntryStatus.INTERVIEWING);
            assertThat(e.notes()).isEqualTo("Strong; \"quotes\" and\nnew lines");
            assertThat(e.tags()).containsExactly("remote", "senior");
        });
    }

    @Test
    void importingTwiceAddsNoDuplicates() {
        ShortlistImporter importer = new ShortlistImporter(target, clock);
        importer.importFile(file);

        ShortlistImporter.Summary again = importer.importFile(file);

        assertThat(again).usingRecursiveComparison().ignoringFields("undo")
                .isEqualTo(new ShortlistImporter.Summary("Q3 backend", false, 0, 0, 4, 0, 0, null));
        assertThat(entries(target, "Q3 backend")).hasSize(4);
        assertThat(target.list()).hasSize(1);
    }

    @Test
    void mergeKeepsLocalWorkAndFillsOnlyDefaults() {
        Shortlist mine = target.create("q3 BACKEND");
        String one = TestFreelancers.numbered(1).id();
        String two = TestFreelancers.numbered(2).id();
        target.add(mine.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        target.setStatus(mine.id(), List.of(one), EntryStatus.HIRED);
        target.setNotes(mine.id(), one, "Mine");
        target.setTags(mine.id(), one, List.of("local"));
        source.setStatus(list.id(), List.of(two), EntryStatus.CONTACTED);
        source.setNotes(list.id(), two, "Theirs");

        ShortlistImporter.Summary s = new ShortlistImporter(target, clock).importFile(reexport());

        assertThat(s.listCreated()).isFalse();
        assertThat(s.listName()).isEqualTo("q3 BACKEND");
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.updated()).isEqualTo(2);
        ShortlistEntry e1 = target.entry(mine.id(), one).orElseThrow();
        assertThat(e1.status()).isEqualTo(EntryStatus.HIRED);
        assertThat(e1.notes()).isEqualTo("Mine");
        assertThat(e1.rating()).isEqualTo(4);
        assertThat(e1.tags()).containsExactly("local", "remote", "senior");
        ShortlistEntry e2 = target.entry(mine.id(), two).orElseThrow();
        assertThat(e2.status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(e2.notes()).isEqualTo("Theirs");
    }

    private Path reexport() {
        Path again = dir.resolve("again.json");
        try {
            ShortlistExporter.exportShortlist(list.name(),
                    sink -> source.forEachEntry(list.id(), EntryQuery.all(), sink), ExportFormat.JSON,
                    ExportColumn.forShortlist(), again, clock);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return again;
    }

    @Test
    void badEntriesAndRepeatedIdsAreSkippedAndCounted() throws Exception {
        Path f = dir.resolve("odd.json");
        Files.writeString(f, """
                {"format":"talent-finder-shortlist","version":1,"name":"Odd","entries":[
                  {"id":"~01x","name":"X","status":"hired","rating":9,"tags":["A"]},
                  {"name":"no id"},
                  42,
                  {"id":"~01x","name":"X again"},
                  {"id":"~01y","profile_url":"javascript:alert(1)","unknown":{"deep":[1,2]}}
                ]}""");

        ShortlistImporter.Summary s = new ShortlistImporter(target, clock).importFile(f);

        assertThat(s).usingRecursiveComparison().ignoringFields("undo")
                .isEqualTo(new ShortlistImporter.Summary("Odd", true, 2, 0, 0, 3, 0, null));
        Shortlist odd = target.findByName("Odd").orElseThrow();
        ShortlistEntry x = target.entry(odd.id(), "~01x").orElseThrow();
        assertThat(x.status()).isEqualTo(EntryStatus.HIRED);
        assertThat(x.rating()).isZero();
        assertThat(target.entry(odd.id(), "~01y").orElseThrow().freelancer().profileUrl()).startsWith("https://");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedPlainly() throws Exception {
        Path f = dir.resolve("other.json");
        Files.writeString(f, "{\"entries\":[{\"id\":\"~01x\"}],\"format\":\"talent-finder-shortlist\"}");

        assertThatThrownBy(() -> new ShortlistImporter(target, clock).importFile(f))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("This file is not a Talent Finder");
        assertThat(target.list()).isEmpty();
    }

    @Test
    void aTruncatedFileIsRefusedAndNothingIsImported() throws Exception {
        String json = Files.readString(file);
        Path f = dir.resolve("cut.json");
        Files.writeString(f, json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> new ShortlistImporter(target, clock).importFile(f))
                .isInstanceOf(ImportException.class).hasMessageContaining("cut short");
        assertThat(target.list()).isEmpty();
    }

    @Test
    void aFileOverTheSizeCapIsRefused() {
        assertThatThrownBy(() -> new ShortlistImporter(target, clock, 100).importFile(file))
                .isInstanceOf(ImportException.class).hasMessageContaining("too large");
    }
}
