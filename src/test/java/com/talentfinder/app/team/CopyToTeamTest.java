package com.talentfinder.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.Database;
import com.talentfinder.store.EntryQuery;
import com.talentfinder.store.EntrySort;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.TestFreelancers;
import com.talentfinder.testing.TeamDatabaseServer;
import com.talentfinder.testing.TestImages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying the personal shortlists into the team database on a real PostgreSQL server. */
class CopyToTeamTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final EntryStatus[] STATUSES = EntryStatus.values();
    private static final com.talentfinder.domain.Freelancer WITH_PORTRAIT = new com.talentfinder.domain.Freelancer(
            "~0abc", "P", null, null, "https://www.upwork.com/freelancers/~0abc",
            "https://www.upwork.com/profile-portraits/p.jpg", null, null, null, null, null, null, null, null,
            false, null, false, null, null, false, false, false, false);

    @TempDir
    Path dir;

    private ShortlistRepository personal;
    private Database teamDb;
    private ShortlistRepository team;

    @BeforeEach
    void open() {
        personal = new ShortlistRepository(Database.open(dir.resolve("personal.db")), CLOCK);
        teamDb = TeamDatabaseServer.openFresh();
        team = new ShortlistRepository(teamDb, CLOCK);
    }

    @AfterEach
    void close() {
        teamDb.close();
    }

    /** Entry {@code i}: every kind of work varies with i (some have none at all). */
    private static ShortlistEntry entry(int i) {
        List<String> tags = i % 4 == 0 ? List.of() : i % 4 == 1 ? List.of("java") : List.of("java", "tag-" + (i % 9));
        return new ShortlistEntry(0, TestFreelancers.numbered(i), Instant.ofEpochMilli(1_700_000_000_000L + i * 1000L),
                STATUSES[i % STATUSES.length], i % 6, i % 3 == 0 ? "" : "Note for " + i + " – ünïcödé", tags, null);
    }

    private void fillPersonal(String name, int from, int count) {
        List<ShortlistEntry> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(entry(i));
        }
        personal.entryEditor().merge(name, entries);
    }

    /** Everything an entry carries, as one comparable line. */
    private static List<String> dump(ShortlistRepository repo, long listId) {
        List<String> out = new ArrayList<>();
        repo.forEachEntry(listId, EntryQuery.all().sortedBy(EntrySort.NAME, true), e -> out.add(String.join(" | ",
                e.freelancerId(), e.freelancer().displayName(), String.valueOf(e.freelancer().hourlyRate()),
                e.savedAt().toString(), e.status().name(), Integer.toString(e.rating()), e.notes(),
                String.join(",", e.tags().stream().sorted().toList()))));
        return out;
    }

    @Test
    void fiveThousandEntriesKeepEverythingAndASecondCopyAddsNothing() {
        fillPersonal("Backend", 0, 4_000);
        fillPersonal("Design", 4_000, 1_000);
        long backend = personal.findByName("Backend").orElseThrow().id();
        personal.add(backend, List.of(WITH_PORTRAIT), f -> java.util.Optional.of(TestImages.png(8, 8)));

        CopyToTeam.Summary first = new CopyToTeam(personal, team).run();

        assertThat(first.lists()).isEqualTo(2);
        assertThat(first.listsCreated()).isEqualTo(2);
        assertThat(first.added()).isEqualTo(5_001);
        assertThat(first.alreadyThere()).isZero();
        assertThat(team.list()).extracting(Shortlist::name, Shortlist::entryCount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Backend", 4_001),
                org.assertj.core.groups.Tuple.tuple("Design", 1_000));
        for (String name : List.of("Backend", "Design")) {
            List<String> mine = dump(personal, personal.findByName(name).orElseThrow().id());
            List<String> theirs = dump(team, team.findByName(name).orElseThrow().id());
            assertThat(theirs).hasSize(mine.size()).containsExactlyElementsOf(mine);
        }
        long teamBackend = team.findByName("Backend").orElseThrow().id();
        assertThat(team.portrait(teamBackend, WITH_PORTRAIT.id())).isPresent();
        assertThat(personal.portrait(backend, WITH_PORTRAIT.id())).isPresent();
        assertThat(first.notes()).isEqualTo((int) java.util.stream.IntStream.range(0, 5_000).filter(i -> i % 3 != 0)
                .count());

        CopyToTeam.Summary second = new CopyToTeam(personal, team).run();

        assertThat(second.listsCreated()).isZero();
        assertThat(second.added()).isZero();
        assertThat(second.filledIn()).isZero();
        assertThat(second.tags()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(5_001);
        assertThat(team.list()).extracting(Shortlist::entryCount).containsExactly(4_001, 1_000);
    }

    @Test
    void theTeamsWorkWinsAndOnlyWhatItLacksIsFilledIn() {
        Shortlist teamList = team.create("backend"); // the same list, whatever the case of its name
        team.add(teamList.id(), List.of(TestFreelancers.numbered(1), TestFreelancers.numbered(2)));
        team.setStatus(teamList.id(), List.of(TestFreelancers.numbered(1).id()), EntryStatus.CONTACTED);
        team.setTags(teamList.id(), TestFreelancers.numbered(1).id(), List.of("team-tag"));
        team.remove(teamList.id(), List.of(TestFreelancers.numbered(2).id()));
        personal.entryEditor().merge("Backend", List.of(
                new ShortlistEntry(0, TestFreelancers.numbered(1), Instant.EPOCH, EntryStatus.HIRED, 4, "Mine",
                        List.of("my-tag"), null),
                new ShortlistEntry(0, TestFreelancers.numbered(2), Instant.EPOCH, EntryStatus.HIRED, 0, "", List.of(),
                        null)));

        CopyToTeam.Summary s = new CopyToTeam(personal, team).run();

        assertThat(s.listsCreated()).isZero();
        assertThat(s.filledIn()).isEqualTo(1);
        assertThat(s.keptRemoved()).isEqualTo(1);
        ShortlistEntry one = team.entry(teamList.id(), TestFreelancers.numbered(1).id()).orElseThrow();
        assertThat(one.status()).isEqualTo(EntryStatus.CONTACTED);
        assertThat(one.rating()).isEqualTo(4);
        assertThat(one.notes()).isEqualTo("Mine");
        assertThat(Set.copyOf(one.tags())).containsExactlyInAnyOrder("team-tag", "my-tag");
        assertThat(team.entry(teamList.id(), TestFreelancers.numbered(2).id())).isEmpty();
        assertThat(team.list()).hasSize(1);
    }
}
