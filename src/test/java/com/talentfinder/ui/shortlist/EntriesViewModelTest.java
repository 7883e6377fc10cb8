package com.talentfinder.ui.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.EntrySort;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntriesViewModelTest {

    @TempDir
    Path dir;

    private ShortlistRepository repo;
    private Shortlist list;
    private final Notices notices = new Notices();
    private EntriesViewModel vm;

    @BeforeEach
    void setUp() {
        repo = Samples.repo(dir);
        list = repo.create("Frontend Q1");
        vm = new EntriesViewModel(repo, new SyncTaskRunner(), notices);
    }

    private Shortlist fresh() {
        return repo.find(list.id()).orElseThrow();
    }

    private List<String> names() {
        return vm.entries().stream().map(e -> e.freelancer().name()).toList();
    }

    @Test
    void aListOf50000EntriesLoadsOnePageAndReportsTheCount() {
        repo.add(list.id(), Samples.many(50_000));

        vm.show(fresh());

        assertThat(vm.entries()).hasSize(EntriesViewModel.PAGE_SIZE);
        assertThat(vm.paging().totalProperty().get()).isEqualTo(50_000);
        assertThat(vm.paging().pageCountProperty().get()).isEqualTo(250);
        assertThat(vm.paging().pageInfoProperty().get()).isEqualTo("1–200 of 50,000 · page 1 of 250");
    }

    @Test
    void theLastPageOf50000HoldsTheLast200() {
        repo.add(list.id(), Samples.many(50_000));
        vm.show(fresh());
        vm.sortBy(EntrySort.NAME, true);

        vm.goToPage(250);

        assertThat(vm.entries()).hasSize(200);
        assertThat(vm.entries().get(0).freelancer().name()).isEqualTo("Person 049800");
        assertThat(vm.paging().pageInfoProperty().get()).startsWith("49,801–50,000 of 50,000");
    }

    @Test
    void nextPageReadsTheNextWindow() {
        repo.add(list.id(), Samples.many(450));
        vm.show(fresh());
        vm.sortBy(EntrySort.NAME, true);

        vm.nextPage();
        vm.nextPage();

        assertThat(vm.paging().pageProperty().get()).isEqualTo(3);
        assertThat(vm.entries()).hasSize(50);
        assertThat(vm.entries().get(0).freelancer().name()).isEqualTo("Person 000400");
    }

    @Test
    void sortingByNameDescendingRunsInTheDatabase() {
        repo.add(list.id(), Samples.many(300));
        vm.show(fresh());

        vm.sortBy(EntrySort.NAME, false);

        assertThat(vm.entries().get(0).freelancer().name()).isEqualTo("Person 000299");
    }

    @Test
    void theStatusFilterKeepsOnlyThoseStatusesAndCountsThem() {
        repo.add(list.id(), Samples.many(5));
        repo.setStatus(list.id(), List.of("~000001", "~000003"), EntryStatus.HIRED);
        vm.show(fresh());

        vm.filters().statuses().add(EntryStatus.HIRED);

        assertThat(vm.paging().totalProperty().get()).isEqualTo(2);
        assertThat(names()).containsExactlyInAnyOrder("Person 000001", "Person 000003");
    }

    @Test
    void theTextFilterSearchesNotes() {
        repo.add(list.id(), Samples.many(5));
        repo.setNotes(list.id(), "~000002", "Great communicator, call back Monday");
        vm.show(fresh());

        vm.filters().textProperty().set("monday");

        assertThat(names()).containsExactly("Person 000002");
    }

    @Test
    void removeTakesEntriesOffAndUndoBringsThemBack() {
        repo.add(list.id(), Samples.many(3));
        vm.show(fresh());
        List<ShortlistEntry> two = List.copyOf(vm.entries().subList(0, 2));

        vm.remove(two);
        assertThat(vm.paging().totalProperty().get()).isEqualTo(1);
        assertThat(repo.count(list.id(), com.talentfinder.store.EntryQuery.all())).isEqualTo(1);

        notices.undo();
        assertThat(vm.paging().totalProperty().get()).isEqualTo(3);
    }

    @Test
    void theSelectionFollowsItsEntryAcrossAReload() {
        repo.add(list.id(), Samples.many(3));
        vm.show(fresh());
        vm.selectedProperty().set(vm.entries().get(1));
        String id = vm.entries().get(1).freelancerId();

        vm.reload();

        assertThat(vm.selectedProperty().get().freelancerId()).isEqualTo(id);
        assertThat(vm.selectedFreelancerProperty().get().id()).isEqualTo(id);
    }
}
