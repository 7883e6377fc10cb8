package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.shortlist.ShortlistImporter;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddToShortlistViewModelTest {

    private static final byte[] PNG = com.talentfinder.testing.TestImages.png(4, 4);

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private ShortlistsViewModel lists;
    private AddToShortlistViewModel add;
    private final AtomicInteger reloads = new AtomicInteger();
    private final SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        SyncTaskRunner runner = new SyncTaskRunner();
        lists = new ShortlistsViewModel(repo, runner, new Samples.FakeDialogs(), new Notices(),
                new ShortlistImporter(repo, Samples.CLOCK));
        add = new AddToShortlistViewModel(lists, repo, url -> Optional.of(PNG), runner, reloads::incrementAndGet);
        add.watch(selection);
    }

    @Test
    void addingSelectedResultsSavesSnapshotsWithTheirPortraits() {
        Shortlist q1 = repo.create("Frontend Q1");

        add.addTo(q1, List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));

        assertThat(repo.count(q1.id(), com.talentfinder.store.EntryQuery.all())).isEqualTo(2);
        assertThat(repo.entry(q1.id(), "~a").orElseThrow().freelancer().name()).isEqualTo("Ada");
        assertThat(repo.portrait(q1.id(), "~b")).contains(PNG);
        assertThat(add.feedbackProperty().get()).isEqualTo("Added 2 freelancers to “Frontend Q1”.");
        assertThat(reloads.get()).isEqualTo(1);
    }

    @Test
    void addingSomeoneAlreadyOnTheListSaysSoAndKeepsOneEntry() {
        Shortlist q1 = repo.create("Frontend Q1");
        add.addTo(q1, List.of(Samples.freelancer("~a", "Ada")));

        add.addTo(q1, List.of(Samples.freelancer("~a", "Ada"), Samples.freelancer("~b", "Bea")));

        assertThat(repo.count(q1.id(), com.talentfinder.store.EntryQuery.all())).isEqualTo(2);
        assertThat(add.feedbackProperty().get()).contains("1 already on it");
    }

    @Test
    void addToNewListCreatesItAndRemembersItAsLastUsed() {
        add.addToNewList("Backup", List.of(Samples.freelancer("~a", "Ada")));

        Shortlist backup = repo.findByName("Backup").orElseThrow();
        assertThat(backup.entryCount()).isEqualTo(1);
        assertThat(lists.lastUsed().name()).isEqualTo("Backup");
    }

    @Test
    void theDetailPaneLearnsWhichListsTheSelectedFreelancerIsOn() {
        Shortlist q1 = repo.create("Frontend Q1");
        Shortlist backup = repo.create("Backup");
        Freelancer ada = Samples.freelancer("~a", "Ada");
        repo.add(q1.id(), List.of(ada));
        repo.add(backup.id(), List.of(ada));

        selection.set(ada);

        assertThat(add.onLists()).extracting(Shortlist::name).containsExactly("Backup", "Frontend Q1");
    }

    @Test
    void addingUpdatesTheListsOfTheSelectedFreelancer() {
        Freelancer ada = Samples.freelancer("~a", "Ada");
        selection.set(ada);
        assertThat(add.onLists()).isEmpty();

        add.addTo(repo.create("Frontend Q1"), List.of(ada));

        assertThat(add.onLists()).extracting(Shortlist::name).containsExactly("Frontend Q1");
    }

    @Test
    void aDropWithNoListUsedYetIsRefused() {
        assertThat(add.addToLastUsed(List.of(Samples.freelancer("~a", "Ada")))).isFalse();
    }
}
