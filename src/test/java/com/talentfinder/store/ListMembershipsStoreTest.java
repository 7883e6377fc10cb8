package com.talentfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.domain.Shortlist;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lists freelancers are on, with their status there, for the search window's "already on a list" marks. */
class ListMembershipsStoreTest {

    @TempDir
    Path dir;

    @Test
    void liveListsWithTheStatusThereByListName() {
        ShortlistRepository repo = new ShortlistRepository(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
        Shortlist backend = repo.create("Backend");
        Shortlist archive = repo.create("Archive");
        Shortlist gone = repo.create("Gone");
        String one = TestFreelancers.numbered(1).id();
        String two = TestFreelancers.numbered(2).id();
        String three = TestFreelancers.numbered(3).id();
        repo.add(backend.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        repo.add(archive.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(3)));
        repo.add(gone.id(), List.of(TestFreelancers.numbered(2)));
        repo.setStatus(backend.id(), List.of(one), EntryStatus.CONTACTED);
        repo.remove(archive.id(), List.of(three)); // removed from a list: not on it any more
        repo.delete(gone.id()); // a deleted list counts for nobody

        Map<String, List<ListMembership>> found = repo.membershipsOf(List.of(one, two, three, "~unknown"));

        assertThat(found).containsOnlyKeys(one, two);
        assertThat(found.get(one)).extracting(ListMembership::listName, ListMembership::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Archive", EntryStatus.NEW),
                        org.assertj.core.groups.Tuple.tuple("Backend", EntryStatus.CONTACTED));
        assertThat(found.get(two)).extracting(ListMembership::listName).containsExactly("Backend");
        assertThat(repo.membershipsOf(List.of())).isEmpty();
    }

    @Test
    void morePagesOfIdsThanOneQueryTakesAreAllAnswered() {
        ShortlistRepository repo = new ShortlistRepository(Database.open(dir.resolve("t.db")),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
        Shortlist big = repo.create("Big");
        int asked = MembershipReads.CHUNK * 2 + 200;
        int onList = MembershipReads.CHUNK + 150;
        repo.add(big.id(), IntStream.range(0, onList).mapToObj(TestFreelancers::numbered).toList());
        List<String> ids = IntStream.range(0, asked).mapToObj(i -> TestFreelancers.numbered(i).id()).toList();
        List<String> expected = ids.subList(0, onList);

        assertThat(repo.shortlistedAmong(ids)).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, List<ListMembership>> found = repo.membershipsOf(ids);
        assertThat(found).containsOnlyKeys(expected);
        assertThat(found.values()).allSatisfy(l -> assertThat(l).extracting(ListMembership::listName)
                .containsExactly("Big"));
    }
}
