package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.sync.EntrySync;
import com.talentfinder.app.sync.SyncStore;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.Backoff;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.SharedEntries;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry editor when someone else (Dana, on another connection) edits the same entry. Issue 16. */
class TeamEditorViewModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:02:00Z"), ZoneOffset.UTC);
    private ShortlistRepository repo;
    private SharedEntries dana;
    private Shortlist list;
    private EntriesViewModel entries;
    private EntryEditorViewModel editor;
    private EntrySync sync;
    private final Samples.FakeDialogs dialogs = new Samples.FakeDialogs();

    void open(boolean team) {
        Path file = dir.resolve("team.db");
        Clock earlier = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        repo = new ShortlistRepository(Database.open(file), earlier);
        dana = new SharedEntries(Database.open(file), earlier);
        list = repo.create("Frontend Q1");
        repo.add(list.id(), List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));
        sync = new EntrySync(SyncStore.of(repo.shared()), () -> "Ben", team, Backoff.standard());
        entries = new EntriesViewModel(repo, new SyncTaskRunner(), new Notices());
        editor = new EntryEditorViewModel(entries, sync, dialogs, new Notices(), clock);
        entries.show(repo.find(list.id()).orElseThrow());
        entries.selectedProperty().set(entries.entries().stream()
                .filter(e -> e.freelancerId().equals("~a")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        if (sync != null) {
            sync.close();
        }
    }

    private void danaSets(EntryChange change) {
        dana.save(list.id(), dana.load(list.id(), "~a").orElseThrow(), change, "Dana");
    }

    @Test
    void aChangeToAnotherFieldByDanaIsMergedAndShown() {
        open(false);
        danaSets(EntryChange.notes("Dana met her"));

        editor.statusProperty().set(EntryStatus.INTERVIEWING);

        assertThat(dialogs.questions).isEmpty();
        var stored = repo.entry(list.id(), "~a").orElseThrow();
        assertThat(stored.status()).isEqualTo(EntryStatus.INTERVIEWING);
        assertThat(stored.notes()).isEqualTo("Dana met her");
        assertThat(entries.selectedProperty().get().notes()).isEqualTo("Dana met her");
        assertThat(editor.notesProperty().get()).isEqualTo("Dana met her");
    }

    @Test
    void theChangedByLineNamesWhoChangedWhatAndWhen() {
        open(false);
        danaSets(EntryChange.status(EntryStatus.CONTACTED));

        editor.changedElsewhere();

        assertThat(editor.changedByProperty().get()).isEqualTo("Status changed by Dana, 2 minutes ago");
        assertThat(editor.statusProperty().get()).isEqualTo(EntryStatus.CONTACTED);
    }

    @Test
    void theSameFieldChangedByBothAsksWithBothValuesAndTakeTheirsKeepsTheirs() {
        open(false);
        danaSets(EntryChange.status(EntryStatus.HIRED));
        dialogs.choice = 1;

        editor.setStatus(entries.selectedProperty().get(), EntryStatus.REJECTED);

        assertThat(dialogs.questions).singleElement().asString().contains("Yours: Rejected", "Dana's: Hired");
        assertThat(repo.entry(list.id(), "~a").orElseThrow().status()).isEqualTo(EntryStatus.HIRED);
        assertThat(entries.selectedProperty().get().status()).isEqualTo(EntryStatus.HIRED);
    }

    @Test
    void keepMineReplacesTheirs() {
        open(false);
        danaSets(EntryChange.notes("Dana's notes"));
        dialogs.choice = 0;
        editor.notesProperty().set("My notes");

        editor.commitNotes();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(repo.entry(list.id(), "~a").orElseThrow().notes()).isEqualTo("My notes");
    }

    @Test
    void notesTypedWhileDanaSavesHersMeetHersAsAConflictNotAnOverwrite() {
        open(false);
        dialogs.choice = 1;
        editor.notesProperty().set("My notes"); // typing, not yet committed
        danaSets(EntryChange.notes("Dana's notes"));
        entries.reload(); // what the live update does when Dana's change arrives
        editor.changedElsewhere();
        assertThat(editor.notesProperty().get()).isEqualTo("My notes");

        editor.commitNotes();

        assertThat(dialogs.questions).singleElement().asString().contains("Yours: My notes", "Dana's: Dana's notes");
        assertThat(repo.entry(list.id(), "~a").orElseThrow().notes()).isEqualTo("Dana's notes");
        assertThat(editor.notesProperty().get()).isEqualTo("Dana's notes");
        editor.commitNotes(); // taking theirs left nothing of mine to save later
        assertThat(repo.entry(list.id(), "~a").orElseThrow().notes()).isEqualTo("Dana's notes");
    }

    @Test
    void onATeamListTheStarsAreMineAndTheRowShowsTheAverage() {
        open(true);
        dana.rate(list.id(), "~a", "Dana", 2);
        editor.changedElsewhere();

        editor.ratingProperty().set(5);

        assertThat(editor.ratingProperty().get()).isEqualTo(5);
        assertThat(entries.selectedProperty().get().rating()).isEqualTo(4); // (2 + 5) / 2 rounded
        assertThat(editor.whoRatedProperty().get()).isEqualTo("Ben 5, Dana 2 (average 3.5)");
        assertThat(editor.whoRated("~a")).isEqualTo("Ben 5, Dana 2 (average 3.5)");
    }

    @Test
    void noTimingHereTheBackoffIsOnlyForTheReconnect() {
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)).next()).isEqualTo(Duration.ofSeconds(1));
    }
}
