package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryEditorViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private EntriesViewModel entries;
    private EntryEditorViewModel editor;

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Frontend Q1");
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        entries = new EntriesViewModel(repo, new SyncTaskRunner(), new Notices());
        editor = new EntryEditorViewModel(entries);
        entries.show(repo.find(list.id()).orElseThrow());
        entries.selectedProperty().set(entries.entries().stream()
                .filter(e -> e.freelancerId().equals("~a")).findFirst().orElseThrow());
    }

    private ShortlistEntry stored(String id) {
        return repo.entry(list.id(), id).orElseThrow();
    }

    @Test
    void aStatusChosenIsSavedAtOnceAndShownInTheRow() {
        editor.statusProperty().set(EntryStatus.INTERVIEWING);

        assertThat(stored("~a").status()).isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(entries.selectedProperty().get().status()).isEqualTo(EntryStatus.INTERVIEWING);
    }

    @Test
    void aRatingIsSaved() {
        editor.setRating(entries.selectedProperty().get(), 4);

        assertThat(stored("~a").rating()).isEqualTo(4);
        assertThat(editor.ratingProperty().get()).isEqualTo(4);
    }

    @Test
    void aRatingOutOfRangeIsIgnored() {
        editor.setRating(entries.selectedProperty().get(), 9);

        assertThat(stored("~a").rating()).isZero();
    }

    @Test
    void notesAreSavedWhenCommitted() {
        editor.notesProperty().set("Strong portfolio.\nAsk about availability.");
        editor.commitNotes();

        assertThat(stored("~a").notes()).isEqualTo("Strong portfolio.\nAsk about availability.");
    }

    @Test
    void notesTypedAreSavedWhenAnotherEntryIsSelected() {
        editor.notesProperty().set("Call on Monday");

        entries.selectedProperty().set(entries.entries().stream()
                .filter(e -> e.freelancerId().equals("~b")).findFirst().orElseThrow());

        assertThat(stored("~a").notes()).isEqualTo("Call on Monday");
        assertThat(editor.notesProperty().get()).isEmpty();
    }

    @Test
    void tagsAreParsedFromCommasNormalisedAndSaved() {
        editor.tagsTextProperty().set(" Senior , react,REACT ,");
        editor.commitTags();

        assertThat(stored("~a").tags()).containsExactly("react", "senior");
        assertThat(entries.tags()).containsExactly("react", "senior");
    }

    @Test
    void statusEditsFromTheTableSaveTooWithoutSelecting() {
        ShortlistEntry bea = entries.entries().stream().filter(e -> e.freelancerId().equals("~b")).findFirst()
                .orElseThrow();

        editor.setStatus(bea, EntryStatus.HIRED);

        assertThat(stored("~b").status()).isEqualTo(EntryStatus.HIRED);
        assertThat(stored("~a").status()).isEqualTo(EntryStatus.NEW);
    }
}
